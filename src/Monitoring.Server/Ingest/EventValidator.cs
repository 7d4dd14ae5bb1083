using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;

namespace Monitoring.Server.Ingest;

/// <summary>Applies the docs/api.md rules to one event; a failing event names its first bad field.</summary>
internal static class EventValidator
{
    public static readonly TimeSpan MaxFutureSkew = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaxShift = TimeSpan.FromHours(24);

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
            { DeviceId: null } => ("deviceId", "required"),
            _ when !Ids.IsValid(e.DeviceId) => ("deviceId", Ids.Rule),
            _ when scope.DevicePrefix is { } prefix && !e.DeviceId!.StartsWith(prefix, StringComparison.Ordinal) =>
                ("deviceId", $"this key may only send for devices starting with '{prefix}'"),
            { Seq: null } => ("seq", "required"),
            { Seq: < 0 } => ("seq", "must be >= 0"),
            { Ts: null } => ("ts", "required"),
            _ when e.Ts > scope.Latest => ("ts", "must not be more than 5 minutes ahead of the server clock"),
            _ when e.Ts < scope.Oldest => ("ts", $"older than the {scope.RetentionDays}-day retention window"),
            { Type: null } => ("type", "required"),
            _ when !EventTypes.TryParse(e.Type, out type) => ("type", $"must be one of {string.Join(", ", EventTypes.All)}"),
            _ when type == EventType.ShiftStart && e.GuardId is null => ("guardId", "required on shift_start"),
            _ when type == EventType.ShiftStart && e.SiteId is null => ("siteId", "required on shift_start"),
            { GuardId: not null } when !Ids.IsValid(e.GuardId) => ("guardId", Ids.Rule),
            { SiteId: not null } when !Ids.IsValid(e.SiteId) => ("siteId", Ids.Rule),
            { Battery: < 0 or > 100 } => ("battery", "must be 0..100"),
            { BatteryTempC: < -40 or > 100 } => ("batteryTempC", "must be -40..100"),
            { SignalDbm: < -150 or > 0 } => ("signalDbm", "must be -150..0"),
            { MemoryPct: < 0 or > 100 } => ("memoryPct", "must be 0..100"),
            { Lat: < -90 or > 90 } => ("lat", "must be -90..90"),
            { Lon: < -180 or > 180 } => ("lon", "must be -180..180"),
            { Lat: not null, Lon: null } => ("lon", "required when lat is given"),
            { Lat: null, Lon: not null } => ("lat", "required when lon is given"),
            { AccuracyM: < 0 } => ("accuracyM", "must be >= 0"),
            { Steps: < 0 } => ("steps", "must be >= 0"),
            { Success: not null } when type != EventType.Biometric => ("success", "only allowed on biometric events"),
            { ShiftEndsAt: not null } when type != EventType.ShiftStart => ("shiftEndsAt", "only allowed on shift_start events"),
            { ShiftEndsAt: { } end } when end <= e.Ts || end - e.Ts > MaxShift => ("shiftEndsAt", "must be after ts and at most 24 hours after it"),
            { Network.Length: > 32 } => ("network", "must be at most 32 characters"),
            { CheckpointId.Length: > 128 } => ("checkpointId", "must be at most 128 characters"),
            { TaskId.Length: > 128 } => ("taskId", "must be at most 128 characters"),
            _ => (null, null),
        };

        return error is null ? null : $"{field}: {error}";
    }
}
