namespace Monitoring.Server.Apis;

/// <summary>The ingest body, for the OpenAPI document only (the endpoint reads the body itself).</summary>
internal sealed record TelemetryBatchDoc(IReadOnlyList<TelemetryEventDoc> Events);
