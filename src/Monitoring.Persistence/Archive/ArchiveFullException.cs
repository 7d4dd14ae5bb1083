namespace Monitoring.Persistence.Archive;

/// <summary>The archive's queue is full: the batch is refused at once (503 with Retry-After), nothing written.</summary>
public sealed class ArchiveFullException(int queuedRows)
    : Exception($"The telemetry archive has {queuedRows} rows waiting for a commit; retry shortly.");
