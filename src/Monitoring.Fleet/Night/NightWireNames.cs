using System.Text.Json;

namespace Monitoring.Fleet.Night;

/// <summary>The ingest body's property names (docs/api.md, camelCase), encoded once.</summary>
internal static class NightWireNames
{
    public static readonly JsonEncodedText Events = JsonEncodedText.Encode("events");
    public static readonly JsonEncodedText DeviceId = JsonEncodedText.Encode("deviceId");
    public static readonly JsonEncodedText Seq = JsonEncodedText.Encode("seq");
    public static readonly JsonEncodedText Ts = JsonEncodedText.Encode("ts");
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText GuardId = JsonEncodedText.Encode("guardId");
    public static readonly JsonEncodedText SiteId = JsonEncodedText.Encode("siteId");
    public static readonly JsonEncodedText ShiftEndsAt = JsonEncodedText.Encode("shiftEndsAt");
    public static readonly JsonEncodedText Battery = JsonEncodedText.Encode("battery");
    public static readonly JsonEncodedText Charging = JsonEncodedText.Encode("charging");
    public static readonly JsonEncodedText BatteryTempC = JsonEncodedText.Encode("batteryTempC");
    public static readonly JsonEncodedText SignalDbm = JsonEncodedText.Encode("signalDbm");
    public static readonly JsonEncodedText Network = JsonEncodedText.Encode("network");
    public static readonly JsonEncodedText MemoryPct = JsonEncodedText.Encode("memoryPct");
    public static readonly JsonEncodedText Lat = JsonEncodedText.Encode("lat");
    public static readonly JsonEncodedText Lon = JsonEncodedText.Encode("lon");
    public static readonly JsonEncodedText AccuracyM = JsonEncodedText.Encode("accuracyM");
    public static readonly JsonEncodedText Steps = JsonEncodedText.Encode("steps");
    public static readonly JsonEncodedText Success = JsonEncodedText.Encode("success");
    public static readonly JsonEncodedText CheckpointId = JsonEncodedText.Encode("checkpointId");
    public static readonly JsonEncodedText TaskId = JsonEncodedText.Encode("taskId");
}
