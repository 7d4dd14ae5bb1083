using Monitoring.Domain.Telemetry;

namespace Monitoring.Contracts.Telemetry;

/// <summary>One field of a telemetry event as the ingest contract defines it (see <see cref="TelemetrySchema"/>).</summary>
/// <param name="Name">The JSON property name (camelCase).</param>
/// <param name="Kind">The JSON kind of its value.</param>
/// <param name="Description">What it means, for the OpenAPI document.</param>
public sealed record TelemetryField(string Name, TelemetryValueKind Kind, string Description)
{
    /// <summary>Every event must carry it.</summary>
    public bool Required { get; init; }

    /// <summary>Events of this type must carry it (others may).</summary>
    public EventType? RequiredOn { get; init; }

    /// <summary>Only events of this type may carry it.</summary>
    public EventType? OnlyOn { get; init; }

    /// <summary>The smallest value allowed (inclusive), for numbers.</summary>
    public double? Minimum { get; init; }

    /// <summary>The largest value allowed (inclusive), for numbers.</summary>
    public double? Maximum { get; init; }

    /// <summary>The longest text allowed, in UTF-16 code units.</summary>
    public int? MaxLength { get; init; }

    /// <summary>A text field that is an id: 1 to <see cref="TelemetrySchema.MaxIdLength"/> of <see cref="TelemetrySchema.IdPattern"/>.</summary>
    public bool IsId { get; init; }

    /// <summary>The allowed values, for a text field with a closed set of values.</summary>
    public IReadOnlyList<string>? Values { get; init; }
}
