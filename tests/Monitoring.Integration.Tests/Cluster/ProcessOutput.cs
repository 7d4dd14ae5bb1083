using System.Text;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>The last lines a process printed (stdout and stderr interleaved), for failure messages.</summary>
internal sealed class ProcessOutput
{
    private const int Capacity = 5000;

    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _lines.Enqueue(line);
            if (_lines.Count > Capacity)
            {
                _lines.Dequeue();
            }
        }
    }

    public bool Contains(string text)
    {
        lock (_gate)
        {
            return _lines.Any(l => l.Contains(text, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>How many of the kept lines contain <paramref name="text"/>.</summary>
    public int Count(string text)
    {
        lock (_gate)
        {
            return _lines.Count(l => l.Contains(text, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>The last <paramref name="count"/> lines.</summary>
    public string Tail(int count)
    {
        lock (_gate)
        {
            var text = new StringBuilder();
            foreach (var line in _lines.Skip(Math.Max(0, _lines.Count - count)))
            {
                text.AppendLine(line);
            }

            return text.ToString();
        }
    }
}
