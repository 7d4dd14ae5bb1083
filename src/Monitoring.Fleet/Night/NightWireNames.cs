using System.Text.Json;
using Monitoring.Contracts.Telemetry;

namespace Monitoring.Fleet.Night;

/// <summary>The ingest body's property names (<see cref="TelemetrySchema"/>), encoded once for the writers.</summary>
internal static class NightWireNames
{
    public static readonly JsonEncodedText Events = JsonEncodedText.Encode(TelemetrySchema.Events);
    public static readonly JsonEncodedText DeviceId = JsonEncodedText.Encode(TelemetrySchema.DeviceId);
    public static readonly JsonEncodedText Seq = JsonEncodedText.Encode(TelemetrySchema.Seq);
    public static readonly JsonEncodedText Ts = JsonEncodedText.Encode(TelemetrySchema.Ts);
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode(TelemetrySchema.Type);
    public static readonly JsonEncodedText GuardId = JsonEncodedText.Encode(TelemetrySchema.GuardId);
    public static readonly JsonEncodedText SiteId = JsonEncodedText.Encode(TelemetrySchema.SiteId);
    public static readonly JsonEncodedText ShiftEndsAt = JsonEncodedText.Encode(TelemetrySchema.ShiftEndsAt);
    public static readonly JsonEncodedText Battery = JsonEncodedText.Encode(TelemetrySchema.Battery);
    public static readonly JsonEncodedText Charging = JsonEncodedText.Encode(TelemetrySchema.Charging);
    public static readonly JsonEncodedText BatteryTempC = JsonEncodedText.Encode(TelemetrySchema.BatteryTempC);
    public static readonly JsonEncodedText SignalDbm = JsonEncodedText.Encode(TelemetrySchema.SignalDbm);
    public static readonly JsonEncodedText Network = JsonEncodedText.Encode(TelemetrySchema.Network);
    public static readonly JsonEncodedText MemoryPct = JsonEncodedText.Encode(TelemetrySchema.MemoryPct);
    public static readonly JsonEncodedText Lat = JsonEncodedText.Encode(TelemetrySchema.Lat);
    public static readonly JsonEncodedText Lon = JsonEncodedText.Encode(TelemetrySchema.Lon);
    public static readonly JsonEncodedText AccuracyM = JsonEncodedText.Encode(TelemetrySchema.AccuracyM);
    public static readonly JsonEncodedText Steps = JsonEncodedText.Encode(TelemetrySchema.Steps);
    public static readonly JsonEncodedText Success = JsonEncodedText.Encode(TelemetrySchema.Success);
    public static readonly JsonEncodedText CheckpointId = JsonEncodedText.Encode(TelemetrySchema.CheckpointId);
    public static readonly JsonEncodedText TaskId = JsonEncodedText.Encode(TelemetrySchema.TaskId);
}
