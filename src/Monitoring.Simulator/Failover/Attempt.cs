namespace Monitoring.Simulator.Failover;

/// <summary>
/// One post of one batch, timed in milliseconds from the start of the run. <see cref="Failure"/> is
/// null for a 202, else its kind ("HTTP 503", "timeout", "ConnectionError", ...).
/// </summary>
internal readonly record struct Attempt(
    long Batch, double StartMs, double EndMs, string? Failure, int Accepted = 0, int Duplicates = 0, int Rejected = 0)
{
    public bool Ok => Failure is null;
}
