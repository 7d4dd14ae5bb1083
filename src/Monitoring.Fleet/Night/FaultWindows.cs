namespace Monitoring.Fleet.Night;

/// <summary>
/// When a scripted behaviour happens within a shift. It starts no earlier than a delay after the
/// shift start (<see cref="Settle"/> by default, so the 30-minute activity window has filled), no
/// later than an optional spread past that (else anywhere there is room), and ends at least
/// <see cref="Margin"/> before the planned end; a switched-off phone stays off to the planned end.
/// A behaviour longer than the room left is shortened down to its minimum, else dropped (null).
/// A dying battery is given the time it takes to empty at 15-25 %/h from about 92 %, shortened
/// (draining faster) when the shift is too short for that.
/// </summary>
internal static class FaultWindows
{
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(45);
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    public static (DateTimeOffset StartsAt, DateTimeOffset EndsAt)? Draw(
        FaultKind kind, DateTimeOffset shiftStart, DateTimeOffset plannedEnd, Random rng, TimeSpan delay, TimeSpan? spread)
    {
        var earliest = shiftStart + delay;
        var room = (plannedEnd - Margin - earliest).TotalMinutes;
        var (min, max) = kind switch
        {
            FaultKind.Asleep or FaultKind.PhoneLeftBehind => (60.0, 90.0),
            FaultKind.LeftSite => (15, 40),
            FaultKind.BatteryDying => (30, 60 * 92 / rng.Between(15, 25)),
            FaultKind.DeadZone => (20, 25),
            FaultKind.MemoryLeak => (70, 100),
            FaultKind.SharedIdentity => (20, 40),
            FaultKind.BiometricFailures => (3, 6),
            FaultKind.SwitchedOff => (30, 30),
            FaultKind.DeclaredBreak => (20, 30),
            _ => (60, 120),
        };
        if (room < min)
        {
            return null;
        }

        var length = Math.Min(kind == FaultKind.BatteryDying ? max : rng.Between(min, max), room);
        var latest = spread is { } s ? Math.Min(room - length, s.TotalMinutes) : room - length;
        var startsAt = earliest + WholeSeconds(rng.Between(0, latest));
        var endsAt = kind == FaultKind.SwitchedOff ? plannedEnd : startsAt + WholeSeconds(length);
        return (startsAt, endsAt);
    }

    private static TimeSpan WholeSeconds(double minutes) => TimeSpan.FromSeconds(Math.Round(minutes * 60));
}
