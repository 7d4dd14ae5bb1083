using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;

namespace Monitoring.Server.Ingest;

/// <summary>
/// Applies the ingest contract's rules (<see cref="TelemetrySchema"/>) to one event; a failing event
/// names its first bad field. The rules are patterns here, not a walk over the schema's field list,
/// since this runs for every event; a test probes each field's bounds against the schema.
/// </summary>
internal static class EventValidator
{
    public static readonly TimeSpan MaxFutureSkew = TimeSpan.FromMinutes(TelemetrySchema.MaxFutureSkewMinutes);
    public static readonly TimeSpan MaxShift = TimeSpan.FromHours(TelemetrySchema.MaxShiftHours);

    public static TelemetryEvent? Validate(in RawEvent e, in IngestScope scope, out string? error, out string? field)
    {
        field = e.ErrorField;
        error = e.Error ?? Check(in e, in scope, out field);
        if (error is not null)
        {
            return null;
        }

        EventTypes.TryParse(e.Type, out var type);
        return new TelemetryEvent
        {
            DeviceId = e.DeviceId!,
            Seq = e.Seq!.Value,
            Ts = e.Ts!.Value,
            Type = type,
            GuardId = e.GuardId,
            SiteId = e.SiteId,
            Battery = e.Battery,
            Charging = e.Charging,
            BatteryTempC = e.BatteryTempC,
            SignalDbm = e.SignalDbm,
            Network = e.Network,
            MemoryPct = e.MemoryPct,
            Lat = e.Lat,
            Lon = e.Lon,
            AccuracyM = e.AccuracyM,
            Steps = e.Steps,
            Success = e.Success,
            CheckpointId = e.CheckpointId,
            TaskId = e.TaskId,
            ShiftEndsAt = e.ShiftEndsAt,
        };
    }

    private static string? Check(in RawEvent e, in IngestScope scope, out string? field)
    {
        EventType type = default;
        (field, var error) = e switch
        {
            { DeviceId: null } => (TelemetrySchema.DeviceId, "required"),
            _ when !Ids.IsValid(e.DeviceId) => (TelemetrySchema.DeviceId, Ids.Rule),
            _ when scope.DevicePrefix is { } prefix && !e.DeviceId!.StartsWith(prefix, StringComparison.Ordinal) =>
                (TelemetrySchema.DeviceId, $"this key may only send for devices starting with '{prefix}'"),
            { Seq: null } => (TelemetrySchema.Seq, "required"),
            { Seq: < 0 } => (TelemetrySchema.Seq, "must be >= 0"),
            { Ts: null } => (TelemetrySchema.Ts, "required"),
            _ when e.Ts > scope.Latest => (TelemetrySchema.Ts, "must not be more than 5 minutes ahead of the server clock"),
            _ when e.Ts < scope.Oldest => (TelemetrySchema.Ts, $"older than the {scope.RetentionDays}-day retention window"),
            { Type: null } => (TelemetrySchema.Type, "required"),
            _ when !EventTypes.TryParse(e.Type, out type) => (TelemetrySchema.Type, $"must be one of {string.Join(", ", EventTypes.All)}"),
            _ when type == EventType.ShiftStart && e.GuardId is null => (TelemetrySchema.GuardId, "required on shift_start"),
            _ when type == EventType.ShiftStart && e.SiteId is null => (TelemetrySchema.SiteId, "required on shift_start"),
            { GuardId: not null } when !Ids.IsValid(e.GuardId) => (TelemetrySchema.GuardId, Ids.Rule),
            { SiteId: not null } when !Ids.IsValid(e.SiteId) => (TelemetrySchema.SiteId, Ids.Rule),
            { Battery: < 0 or > 100 } => (TelemetrySchema.Battery, "must be 0..100"),
            { BatteryTempC: < -40 or > 100 } => (TelemetrySchema.BatteryTempC, "must be -40..100"),
            { SignalDbm: < -150 or > 0 } => (TelemetrySchema.SignalDbm, "must be -150..0"),
            { MemoryPct: < 0 or > 100 } => (TelemetrySchema.MemoryPct, "must be 0..100"),
            { Lat: < -90 or > 90 } => (TelemetrySchema.Lat, "must be -90..90"),
            { Lon: < -180 or > 180 } => (TelemetrySchema.Lon, "must be -180..180"),
            { Lat: not null, Lon: null } => (TelemetrySchema.Lon, "required when lat is given"),
            { Lat: null, Lon: not null } => (TelemetrySchema.Lat, "required when lon is given"),
            { AccuracyM: < 0 } => (TelemetrySchema.AccuracyM, "must be >= 0"),
            { Steps: < 0 } => (TelemetrySchema.Steps, "must be >= 0"),
            { Success: not null } when type != EventType.Biometric => (TelemetrySchema.Success, "only allowed on biometric events"),
            { ShiftEndsAt: not null } when type != EventType.ShiftStart => (TelemetrySchema.ShiftEndsAt, "only allowed on shift_start events"),
            { ShiftEndsAt: { } end } when end <= e.Ts || end - e.Ts > MaxShift => (TelemetrySchema.ShiftEndsAt, "must be after ts and at most 24 hours after it"),
            { Network.Length: > 32 } => (TelemetrySchema.Network, "must be at most 32 characters"),
            { CheckpointId.Length: > 128 } => (TelemetrySchema.CheckpointId, "must be at most 128 characters"),
            { TaskId.Length: > 128 } => (TelemetrySchema.TaskId, "must be at most 128 characters"),
            _ => (null, null),
        };

        return error is null ? null : $"{field}: {error}";
    }
}
