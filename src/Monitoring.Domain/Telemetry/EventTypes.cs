namespace Monitoring.Domain.Telemetry;

/// <summary>Maps event types to and from their wire names.</summary>
public static class EventTypes
{
    private static readonly string[] WireNames =
    [
        "heartbeat", "location", "phone", "task", "checkpoint", "biometric",
        "shift_start", "shift_end", "break_start", "break_end",
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
