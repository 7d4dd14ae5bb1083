namespace Monitoring.Fleet.Http;

/// <summary>
/// What a <see cref="TelemetrySender"/> has done: events and batches delivered, the host's counts
/// for them, the retries it took and the batches given up after the last attempt.
/// </summary>
internal sealed record SendTally(
    long Events, long Batches, long Accepted, long Duplicates, long Rejected, long Retries, long FailedBatches, long FailedEvents, string? LastError);
