using Prometheus;

namespace Monitoring.Server.Hosting;

/// <summary>
/// The host's own ingest counters, exported at <c>GET /metrics</c> in the Prometheus text format
/// beside the runtime's and Orleans' meters.
/// </summary>
internal static class IngestMetrics
{
    private static readonly Counter Batches = Metrics.CreateCounter(
        "monitoring_ingest_batches_total", "Telemetry batches by answer: acknowledged (202) or unavailable (503, archive commit failed).", "answer");

    private static readonly Counter Events = Metrics.CreateCounter(
        "monitoring_ingest_events_total", "Telemetry events in acknowledged batches, by outcome: accepted, duplicate or rejected.", "outcome");

    public static void Acknowledged(int accepted, int duplicates, int rejected)
    {
        Batches.WithLabels("acknowledged").Inc();
        Events.WithLabels("accepted").Inc(accepted);
        Events.WithLabels("duplicate").Inc(duplicates);
        Events.WithLabels("rejected").Inc(rejected);
    }

    public static void ArchiveFailed() => Batches.WithLabels("unavailable").Inc();
}
