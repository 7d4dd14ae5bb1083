namespace Monitoring.Contracts.Notifications;

/// <summary>
/// Hours of the day in the site's own time zone, <c>HH:mm</c>, start inclusive, end exclusive; a
/// window whose end is before its start wraps past midnight (20:00 to 06:00).
/// </summary>
[GenerateSerializer, Immutable, Alias("hour-window")]
public sealed record HourWindow(
    [property: Id(0)] string From,
    [property: Id(1)] string To);
