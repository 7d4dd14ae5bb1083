using System.Text.Json;

namespace Monitoring.Simulator.Fleet;

/// <summary>The ingest contract's names (api.md), encoded once.</summary>
internal static class Wire
{
    public static readonly JsonEncodedText Events = JsonEncodedText.Encode("events");
    public static readonly JsonEncodedText DeviceId = JsonEncodedText.Encode("deviceId");
    public static readonly JsonEncodedText Seq = JsonEncodedText.Encode("seq");
    public static readonly JsonEncodedText Ts = JsonEncodedText.Encode("ts");
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText GuardId = JsonEncodedText.Encode("guardId");
    public static readonly JsonEncodedText SiteId = JsonEncodedText.Encode("siteId");
    public static readonly JsonEncodedText Battery = JsonEncodedText.Encode("battery");
    public static readonly JsonEncodedText Charging = JsonEncodedText.Encode("charging");
    public static readonly JsonEncodedText SignalDbm = JsonEncodedText.Encode("signalDbm");
    public static readonly JsonEncodedText Network = JsonEncodedText.Encode("network");
    public static readonly JsonEncodedText MemoryPct = JsonEncodedText.Encode("memoryPct");
    public static readonly JsonEncodedText Lat = JsonEncodedText.Encode("lat");
    public static readonly JsonEncodedText Lon = JsonEncodedText.Encode("lon");
    public static readonly JsonEncodedText AccuracyM = JsonEncodedText.Encode("accuracyM");
    public static readonly JsonEncodedText Steps = JsonEncodedText.Encode("steps");
    public static readonly JsonEncodedText TaskId = JsonEncodedText.Encode("taskId");
    public static readonly JsonEncodedText CheckpointId = JsonEncodedText.Encode("checkpointId");

    public static readonly JsonEncodedText ShiftStart = JsonEncodedText.Encode("shift_start");
    public static readonly JsonEncodedText Lte = JsonEncodedText.Encode("lte");
    public static readonly JsonEncodedText[] TaskIds = [.. Enumerable.Range(1, 8).Select(i => JsonEncodedText.Encode($"task-{i}"))];
    public static readonly JsonEncodedText[] CheckpointIds = [.. Enumerable.Range(1, 12).Select(i => JsonEncodedText.Encode($"cp-{i}"))];

    private static readonly JsonEncodedText[] Types =
        [.. new[] { "heartbeat", "location", "phone", "task", "checkpoint" }.Select(t => JsonEncodedText.Encode(t))];

    /// <summary>The wire name of an event kind.</summary>
    public static JsonEncodedText TypeOf(EventKind kind) => Types[(int)kind];
}
