namespace Monitoring.Domain.Rules;

/// <summary>
/// What the fit of the current discharge says: the drain in percent per hour (positive while
/// draining) and when the battery reaches 0 %, null when it is not draining.
/// </summary>
public sealed record BatteryForecast(double DrainPctPerHour, DateTimeOffset? EmptyAt, int ReadingsUsed, DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>Minutes from <paramref name="shiftEndsAt"/> to the empty time (the battery_margin_min signal); null when not draining.</summary>
    public double? MarginMinutes(DateTimeOffset shiftEndsAt) => (EmptyAt - shiftEndsAt)?.TotalMinutes;
}
