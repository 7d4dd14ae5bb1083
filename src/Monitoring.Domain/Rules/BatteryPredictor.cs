using MathNet.Numerics;

namespace Monitoring.Domain.Rules;

/// <summary>
/// Predicts when a battery runs out: a least-squares line through the readings of the current
/// discharge within the window (those after the last charging reading, so a charge never bends the
/// fit), extended to 0 %. Phones report whole percents and drain a few percent an hour, so the fit
/// needs <see cref="MinReadings"/> readings spread over at least <see cref="MinSpan"/> before its
/// slope rises above the rounding; with less it predicts nothing.
/// </summary>
public static class BatteryPredictor
{
    public const int MinReadings = 5;

    /// <summary>Below this drain the battery is treated as not draining (the empty time would be days away).</summary>
    public const double MinDrainPctPerHour = 0.1;

    public static TimeSpan MinSpan { get; } = TimeSpan.FromMinutes(15);

    /// <summary>The forecast from the readings in (now - window, now]; null while charging or with too few readings.</summary>
    public static BatteryForecast? Predict(IEnumerable<BatteryReading> readings, DateTimeOffset now, TimeSpan window)
    {
        var inWindow = readings.Where(r => r.At > now - window && r.At <= now).OrderBy(r => r.At).ToList();
        var discharge = inWindow.Skip(inWindow.FindLastIndex(r => r.Charging) + 1).ToList();
        if (discharge.Count < MinReadings || discharge[^1].At - discharge[0].At < MinSpan)
        {
            return null;
        }

        var origin = discharge[^1].At;
        var hours = discharge.Select(r => (r.At - origin).TotalHours).ToArray();
        var percents = discharge.Select(r => r.Percent).ToArray();
        var (levelAtOrigin, slope) = Fit.Line(hours, percents);
        var drain = -slope;

        DateTimeOffset? emptyAt = drain >= MinDrainPctPerHour
            ? origin + TimeSpan.FromHours(Math.Max(0, levelAtOrigin / drain))
            : null;
        return new BatteryForecast(drain, emptyAt, discharge.Count, discharge[0].At, origin);
    }
}
