namespace Monitoring.Server.Apis;

/// <summary>One telemetry event as documented in docs/api.md (OpenAPI description only).</summary>
internal sealed record TelemetryEventDoc(
    string DeviceId, long Seq, DateTimeOffset Ts, string Type, string? GuardId, string? SiteId,
    double? Battery, bool? Charging, double? BatteryTempC, double? SignalDbm, string? Network, double? MemoryPct,
    double? Lat, double? Lon, double? AccuracyM, int? Steps, bool? Success, string? CheckpointId, string? TaskId);
