using Monitoring.Fleet.Http;

namespace Monitoring.Simulator.Load;

/// <summary>What a set of posted batches came to: counts from the 202 bodies and per-batch latency.</summary>
internal sealed class Tally
{
    private readonly List<double> _latenciesMs = [];

    public long Batches { get; private set; }
    public long Sent { get; private set; }
    public long Answered { get; private set; }
    public long Accepted { get; private set; }
    public long Duplicates { get; private set; }
    public long Rejected { get; private set; }
    public long Errors { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>True when every event of every answered batch was accepted, a duplicate or rejected.</summary>
    public bool Balanced => Accepted + Duplicates + Rejected == Answered;

    public void Add(IngestReply reply, int events, double latencyMs)
    {
        Batches++;
        Sent += events;
        _latenciesMs.Add(latencyMs);
        if (!reply.Ok)
        {
            Errors++;
            LastError = reply.Status == 0 ? "no answer" : $"HTTP {reply.Status}";
            return;
        }

        Answered += events;
        Accepted += reply.Accepted;
        Duplicates += reply.Duplicates;
        Rejected += reply.Rejected;
    }

    public void Merge(Tally other)
    {
        Batches += other.Batches;
        Sent += other.Sent;
        Answered += other.Answered;
        Accepted += other.Accepted;
        Duplicates += other.Duplicates;
        Rejected += other.Rejected;
        Errors += other.Errors;
        LastError = other.LastError ?? LastError;
        _latenciesMs.AddRange(other._latenciesMs);
    }

    /// <summary>The nearest-rank percentile of batch latency, in milliseconds.</summary>
    public double LatencyMs(double percentile)
    {
        if (_latenciesMs.Count == 0)
        {
            return double.NaN;
        }

        _latenciesMs.Sort();
        var rank = (int)Math.Ceiling(percentile / 100 * _latenciesMs.Count);
        return _latenciesMs[Math.Clamp(rank - 1, 0, _latenciesMs.Count - 1)];
    }
}
