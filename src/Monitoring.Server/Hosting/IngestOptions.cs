using Monitoring.Grains.Devices;

namespace Monitoring.Server.Hosting;

/// <summary>The <c>Monitoring:Ingest</c> settings: bounds on what devices may send.</summary>
internal sealed class IngestOptions
{
    /// <summary>How far past a device's highest sequence number an event may jump before it is refused.</summary>
    public long MaxSeqAhead { get; set; } = IngestLimits.DefaultMaxSeqAhead;

    /// <summary>Rows that may wait for the archive (PostgreSQL); beyond it a batch is answered 503 at once.</summary>
    public int ArchiveQueueRows { get; set; } = 200_000;
}
