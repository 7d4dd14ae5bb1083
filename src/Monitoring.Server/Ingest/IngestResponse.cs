namespace Monitoring.Server.Ingest;

/// <summary>The 202 answer to a telemetry batch.</summary>
internal sealed record IngestResponse(int Accepted, int Duplicates, IReadOnlyList<Rejection> Rejected);
