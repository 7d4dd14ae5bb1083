using System.Collections.Immutable;
using Monitoring.Domain.Telemetry;

namespace Monitoring.Contracts.Telemetry;

/// <summary>
/// The ingest event's fields, defined once: their JSON names, kinds, presence rules and bounds, in
/// the order of <see cref="TelemetryEvent"/>'s ids. The parser, validator, archive, OpenAPI document
/// and fleet writers take their names from here; where a hand-written form is kept for speed (the
/// parser's switches, the validator's patterns, the archive's typed columns) a test compares it with
/// <see cref="Fields"/>.
/// </summary>
public static class TelemetrySchema
{
    /// <summary>The batch body's one property: <c>{ "events": [...] }</c>.</summary>
    public const string Events = "events";

    /// <summary>The JSON name of <see cref="TelemetryEvent.DeviceId"/>.</summary>
    public const string DeviceId = "deviceId";

    /// <summary>The JSON name of <see cref="TelemetryEvent.Seq"/>.</summary>
    public const string Seq = "seq";

    /// <summary>The JSON name of <see cref="TelemetryEvent.Ts"/>.</summary>
    public const string Ts = "ts";

    /// <summary>The JSON name of <see cref="TelemetryEvent.Type"/>.</summary>
    public const string Type = "type";

    /// <summary>The JSON name of <see cref="TelemetryEvent.GuardId"/>.</summary>
    public const string GuardId = "guardId";

    /// <summary>The JSON name of <see cref="TelemetryEvent.SiteId"/>.</summary>
    public const string SiteId = "siteId";

    /// <summary>The JSON name of <see cref="TelemetryEvent.Battery"/>.</summary>
    public const string Battery = "battery";

    /// <summary>The JSON name of <see cref="TelemetryEvent.Charging"/>.</summary>
    public const string Charging = "charging";

    /// <summary>The JSON name of <see cref="TelemetryEvent.BatteryTempC"/>.</summary>
    public const string BatteryTempC = "batteryTempC";

    /// <summary>The JSON name of <see cref="TelemetryEvent.SignalDbm"/>.</summary>
    public const string SignalDbm = "signalDbm";

    /// <summary>The JSON name of <see cref="TelemetryEvent.Network"/>.</summary>
    public const string Network = "network";

    /// <summary>The JSON name of <see cref="TelemetryEvent.MemoryPct"/>.</summary>
    public const string MemoryPct = "memoryPct";

    /// <summary>The JSON name of <see cref="TelemetryEvent.Lat"/>.</summary>
    public const string Lat = "lat";

    /// <summary>The JSON name of <see cref="TelemetryEvent.Lon"/>.</summary>
    public const string Lon = "lon";

    /// <summary>The JSON name of <see cref="TelemetryEvent.AccuracyM"/>.</summary>
    public const string AccuracyM = "accuracyM";

    /// <summary>The JSON name of <see cref="TelemetryEvent.Steps"/>.</summary>
    public const string Steps = "steps";

    /// <summary>The JSON name of <see cref="TelemetryEvent.Success"/>.</summary>
    public const string Success = "success";

    /// <summary>The JSON name of <see cref="TelemetryEvent.CheckpointId"/>.</summary>
    public const string CheckpointId = "checkpointId";

    /// <summary>The JSON name of <see cref="TelemetryEvent.TaskId"/>.</summary>
    public const string TaskId = "taskId";

    /// <summary>The JSON name of <see cref="TelemetryEvent.ShiftEndsAt"/>.</summary>
    public const string ShiftEndsAt = "shiftEndsAt";

    /// <summary>The longest id (device, guard, site).</summary>
    public const int MaxIdLength = 64;

    /// <summary>The characters of an id, as a regular expression over the whole id.</summary>
    public const string IdPattern = "^[A-Za-z0-9._:-]{1,64}$";

    /// <summary>How far ahead of the host clock <c>ts</c> may be, in minutes.</summary>
    public const int MaxFutureSkewMinutes = 5;

    /// <summary>How long after <c>ts</c> <c>shiftEndsAt</c> may be, in hours.</summary>
    public const int MaxShiftHours = 24;

    /// <summary>Every field, in <see cref="TelemetryEvent"/>'s id order (also the archive's column order).</summary>
    public static ImmutableArray<TelemetryField> Fields { get; } =
    [
        new(DeviceId, TelemetryValueKind.Text, "The device that sent it.") { Required = true, IsId = true, MaxLength = MaxIdLength },
        new(Seq, TelemetryValueKind.Integer, "Per-device sequence number; (deviceId, seq) counts once.") { Required = true, Minimum = 0 },
        new(Ts, TelemetryValueKind.Time, $"The device's timestamp; at most {MaxFutureSkewMinutes} minutes ahead of the host clock and inside the retention window.") { Required = true },
        new(Type, TelemetryValueKind.Text, "What happened.") { Required = true, Values = EventTypes.All },
        new(GuardId, TelemetryValueKind.Text, "The guard; when absent, the device's current guard.") { RequiredOn = EventType.ShiftStart, IsId = true, MaxLength = MaxIdLength },
        new(SiteId, TelemetryValueKind.Text, "The site.") { RequiredOn = EventType.ShiftStart, IsId = true, MaxLength = MaxIdLength },
        new(Battery, TelemetryValueKind.Number, "Battery level in percent.") { Minimum = 0, Maximum = 100 },
        new(Charging, TelemetryValueKind.Flag, "Whether the phone is charging."),
        new(BatteryTempC, TelemetryValueKind.Number, "Battery temperature in degrees Celsius.") { Minimum = -40, Maximum = 100 },
        new(SignalDbm, TelemetryValueKind.Number, "Signal strength in dBm.") { Minimum = -150, Maximum = 0 },
        new(Network, TelemetryValueKind.Text, "Network type, e.g. lte.") { MaxLength = 32 },
        new(MemoryPct, TelemetryValueKind.Number, "Memory use in percent.") { Minimum = 0, Maximum = 100 },
        new(Lat, TelemetryValueKind.Number, "Latitude in degrees; lat and lon come together or not at all.") { Minimum = -90, Maximum = 90 },
        new(Lon, TelemetryValueKind.Number, "Longitude in degrees; lat and lon come together or not at all.") { Minimum = -180, Maximum = 180 },
        new(AccuracyM, TelemetryValueKind.Number, "GPS accuracy radius in metres.") { Minimum = 0 },
        new(Steps, TelemetryValueKind.Integer, "Step counter.") { Minimum = 0, Maximum = int.MaxValue },
        new(Success, TelemetryValueKind.Flag, "Outcome of a biometric attempt.") { OnlyOn = EventType.Biometric },
        new(CheckpointId, TelemetryValueKind.Text, "The tour checkpoint scanned.") { MaxLength = 128 },
        new(TaskId, TelemetryValueKind.Text, "The task completed.") { MaxLength = 128 },
        new(ShiftEndsAt, TelemetryValueKind.Time, $"When the shift is planned to end: after ts and at most {MaxShiftHours} hours after it.") { OnlyOn = EventType.ShiftStart },
    ];
}
