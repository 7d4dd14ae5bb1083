using System.Text;

namespace Monitoring.Simulator.Cli;

/// <summary>
/// A text writer whose complete lines become <see cref="Status.Line"/>: standard output and error
/// are pointed here while a live bar is drawn, so nothing printed elsewhere tears the bar.
/// </summary>
internal sealed class StatusWriter(Status status) : TextWriter
{
    private readonly StringBuilder _line = new();
    private readonly Lock _gate = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_gate)
        {
            if (value == '\n')
            {
                status.Line(_line.ToString().TrimEnd('\r'));
                _line.Clear();
            }
            else
            {
                _line.Append(value);
            }
        }
    }

    public override void Flush()
    {
        lock (_gate)
        {
            if (_line.Length > 0)
            {
                status.Line(_line.ToString());
                _line.Clear();
            }
        }
    }
}
