using System.Diagnostics.Metrics;

namespace Monitoring.Server.Operations;

/// <summary>
/// The ingest counters, recorded once per batch (never per event), exported at <c>GET /metrics</c>
/// as <c>monitoring_ingest_batches_total</c> and <c>monitoring_ingest_events_total</c>.
/// </summary>
internal static class IngestMetrics
{
    private static readonly Counter<long> Batches = ServerTelemetry.Meter.CreateCounter<long>(
        "monitoring.ingest.batches", "{batch}", "Telemetry batches by answer: acknowledged (202) or unavailable (503, archive commit failed).");

    private static readonly Counter<long> Events = ServerTelemetry.Meter.CreateCounter<long>(
        "monitoring.ingest.events", "{event}", "Telemetry events in acknowledged batches, by outcome: accepted, duplicate or rejected.");

    private static readonly KeyValuePair<string, object?> Acknowledged202 = new("answer", "acknowledged");
    private static readonly KeyValuePair<string, object?> Unavailable503 = new("answer", "unavailable");
    private static readonly KeyValuePair<string, object?> Accepted = new("outcome", "accepted");
    private static readonly KeyValuePair<string, object?> Duplicate = new("outcome", "duplicate");
    private static readonly KeyValuePair<string, object?> Rejected = new("outcome", "rejected");

    public static void Acknowledged(int accepted, int duplicates, int rejected)
    {
        Batches.Add(1, Acknowledged202);
        Events.Add(accepted, Accepted);
        Events.Add(duplicates, Duplicate);
        Events.Add(rejected, Rejected);
    }

    public static void ArchiveFailed() => Batches.Add(1, Unavailable503);
}
