using Monitoring.Contracts.Telemetry;

namespace Monitoring.Server.Ingest;

/// <summary>A parsed batch: the valid events and the per-event rejections, or why the whole body is refused.</summary>
internal sealed class ParsedBatch
{
    public List<TelemetryEvent> Events { get; } = [];
    public List<Rejection> Rejected { get; } = [];

    /// <summary>Set when the body is not a telemetry batch at all (answered with 400).</summary>
    public string? Malformed { get; set; }

    /// <summary>Set when the batch has more events than allowed (answered with 413).</summary>
    public bool TooManyEvents { get; set; }
}
