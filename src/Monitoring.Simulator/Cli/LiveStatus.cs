using System.Diagnostics;
using Spectre.Console;

namespace Monitoring.Simulator.Cli;

/// <summary>
/// Phases on a Spectre progress bar (a spinner while the length is unknown); lines are written
/// above it through the same console, so the bar is redrawn below them.
/// </summary>
internal sealed class LiveStatus(IAnsiConsole console, ProgressTask task) : Status
{
    private readonly Lock _gate = new();
    private long _phaseStart = Stopwatch.GetTimestamp();
    private double _length;

    public override void Phase(string text, TimeSpan? length = null)
    {
        lock (_gate)
        {
            task.Description = Markup.Escape(text);
            _phaseStart = Stopwatch.GetTimestamp();
            _length = length?.TotalSeconds ?? 0;
            task.IsIndeterminate = _length <= 0;
            task.MaxValue = Math.Max(_length, 1);
            task.Value = 0;
        }
    }

    public override void Line(string text)
    {
        lock (_gate)
        {
            console.WriteLine(text);
        }
    }

    /// <summary>Moves the bar to the time spent in the phase so far.</summary>
    public void Tick()
    {
        lock (_gate)
        {
            if (_length > 0)
            {
                task.Value = Math.Min(Stopwatch.GetElapsedTime(_phaseStart).TotalSeconds, _length);
            }
        }
    }
}
