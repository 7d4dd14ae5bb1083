namespace Monitoring.Server.Apis;

/// <summary>
/// One telemetry event in the OpenAPI document. It has no members: <see cref="TelemetryEventDocTransformer"/>
/// writes its schema from <see cref="Contracts.Telemetry.TelemetrySchema"/>, so the document lists
/// exactly the fields the parser reads.
/// </summary>
internal sealed class TelemetryEventDoc;
