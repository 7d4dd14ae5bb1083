namespace Monitoring.Simulator.Cli;

/// <summary>
/// What a verb is doing, for whoever watches it: a phase (optionally of known length, which an
/// interactive terminal draws as a progress bar) and lines worth keeping. Redirected output gets
/// one plain line per phase, so benchmark logs stay readable.
/// </summary>
internal abstract class Status
{
    /// <summary>Says nothing: for tests and callers that only want the figures.</summary>
    public static Status None { get; } = new PlainStatus(TextWriter.Null, "");

    /// <summary>Starts a phase; <paramref name="length"/> when it is known to last that long.</summary>
    public abstract void Phase(string text, TimeSpan? length = null);

    /// <summary>A line worth keeping (the log, the lines above a live bar).</summary>
    public abstract void Line(string text);
}
