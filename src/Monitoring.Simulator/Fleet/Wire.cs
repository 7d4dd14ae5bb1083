using System.Text.Json;
using Monitoring.Domain.Telemetry;

namespace Monitoring.Simulator.Fleet;

/// <summary>The load generator's own encoded values (the field names are <see cref="Monitoring.Fleet.Night.NightWireNames"/>).</summary>
internal static class Wire
{
    public static readonly JsonEncodedText ShiftStart = JsonEncodedText.Encode(EventTypes.ShiftStart);
    public static readonly JsonEncodedText ShiftEnd = JsonEncodedText.Encode(EventTypes.ShiftEnd);
    public static readonly JsonEncodedText Lte = JsonEncodedText.Encode("lte");
    public static readonly JsonEncodedText[] TaskIds = [.. Enumerable.Range(1, 8).Select(i => JsonEncodedText.Encode($"task-{i}"))];
    public static readonly JsonEncodedText[] CheckpointIds = [.. Enumerable.Range(1, 12).Select(i => JsonEncodedText.Encode($"cp-{i}"))];

    // Indexed by EventKind.
    private static readonly JsonEncodedText[] Types =
    [
        JsonEncodedText.Encode(EventTypes.Heartbeat),
        JsonEncodedText.Encode(EventTypes.Location),
        JsonEncodedText.Encode(EventTypes.Phone),
        JsonEncodedText.Encode(EventTypes.Task),
        JsonEncodedText.Encode(EventTypes.Checkpoint),
    ];

    /// <summary>The wire name of an event kind.</summary>
    public static JsonEncodedText TypeOf(EventKind kind) => Types[(int)kind];
}
