namespace Monitoring.Contracts.Telemetry;

/// <summary>The JSON kind of a telemetry field's value.</summary>
public enum TelemetryValueKind
{
    /// <summary>A JSON string of clean text.</summary>
    Text,

    /// <summary>A JSON number without a fraction.</summary>
    Integer,

    /// <summary>A finite JSON number.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Flag,

    /// <summary>An ISO-8601 date-time string.</summary>
    Time,
}
