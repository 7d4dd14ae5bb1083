namespace Monitoring.Domain.Telemetry;

/// <summary>The wire names of the event types (the ingest contract's <c>type</c>), and the map to and from <see cref="EventType"/>.</summary>
public static class EventTypes
{
    public const string Heartbeat = "heartbeat";
    public const string Location = "location";
    public const string Phone = "phone";
    public const string Task = "task";
    public const string Checkpoint = "checkpoint";
    public const string Biometric = "biometric";
    public const string ShiftStart = "shift_start";
    public const string ShiftEnd = "shift_end";
    public const string BreakStart = "break_start";
    public const string BreakEnd = "break_end";

    // Indexed by EventType.
    private static readonly string[] WireNames =
    [
        Heartbeat, Location, Phone, Task, Checkpoint, Biometric, ShiftStart, ShiftEnd, BreakStart, BreakEnd,
    ];

    /// <summary>All wire names, in enum order.</summary>
    public static IReadOnlyList<string> All => WireNames;

    public static string ToWire(this EventType type) => WireNames[(int)type];

    public static bool TryParse(ReadOnlySpan<char> wire, out EventType type)
    {
        for (var i = 0; i < WireNames.Length; i++)
        {
            if (wire.SequenceEqual(WireNames[i]))
            {
                type = (EventType)i;
                return true;
            }
        }

        type = default;
        return false;
    }
}
