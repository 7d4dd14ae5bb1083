using System.Text.Json;

namespace Monitoring.Simulator.Fleet;

/// <summary>The load generator's own encoded values (the field names are <see cref="Monitoring.Fleet.Night.NightWireNames"/>).</summary>
internal static class Wire
{
    public static readonly JsonEncodedText ShiftStart = JsonEncodedText.Encode("shift_start");
    public static readonly JsonEncodedText ShiftEnd = JsonEncodedText.Encode("shift_end");
    public static readonly JsonEncodedText Lte = JsonEncodedText.Encode("lte");
    public static readonly JsonEncodedText[] TaskIds = [.. Enumerable.Range(1, 8).Select(i => JsonEncodedText.Encode($"task-{i}"))];
    public static readonly JsonEncodedText[] CheckpointIds = [.. Enumerable.Range(1, 12).Select(i => JsonEncodedText.Encode($"cp-{i}"))];

    private static readonly JsonEncodedText[] Types =
        [.. new[] { "heartbeat", "location", "phone", "task", "checkpoint" }.Select(t => JsonEncodedText.Encode(t))];

    /// <summary>The wire name of an event kind.</summary>
    public static JsonEncodedText TypeOf(EventKind kind) => Types[(int)kind];
}
