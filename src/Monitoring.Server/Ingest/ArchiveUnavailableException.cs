namespace Monitoring.Server.Ingest;

/// <summary>The archive could not commit a batch: the client gets 503 and retries it unchanged.</summary>
internal sealed class ArchiveUnavailableException(Exception inner)
    : Exception("The telemetry archive could not commit the batch.", inner);
