namespace Monitoring.Server.Ingest;

/// <summary>
/// A batch could not be archived or applied: the client gets 503 and retries it unchanged. What a
/// device grain had not applied it had not remembered either, so the retry counts it as new.
/// </summary>
internal sealed class IngestUnavailableException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    /// <summary>When the archive's queue was full: the client is told to come back in a second.</summary>
    public bool Saturated { get; init; }
}
