using Monitoring.Domain.Activity;
using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Baselines;

/// <summary>
/// What the guard grain calls. Each evaluation judges the trailing window against the guard's
/// baseline for the site-local hour of the window's end, with the guard's dynamic threshold, then
/// learns the window unless it raised an anomaly (a guard asleep at 03:00 must not teach the
/// baseline that sleeping at 03:00 is normal) or the caller says it is not representative (on a
/// break, window still filling). Operators' resolutions of the guard's alerts feed the
/// false-positive rule. The grain persists <see cref="Baseline"/> and <see cref="FalsePositives"/>.
/// </summary>
public sealed class BaselineDetector(BaselineSettings settings, GuardBaseline baseline, FalsePositiveRate falsePositives)
{
    public const string AlertType = "baseline_anomaly";
    public const Severity AlertSeverity = Severity.Medium;

    public BaselineDetector(BaselineSettings settings)
        : this(settings, new GuardBaseline(), new FalsePositiveRate())
    {
    }

    public GuardBaseline Baseline => baseline;

    public FalsePositiveRate FalsePositives => falsePositives;

    /// <summary>Moves on whenever the detector may have learned (an evaluation, a resolution), so a view of it can be cached.</summary>
    public long Version { get; private set; }

    /// <summary>Checks the window, learns it when allowed, and says whether to raise <see cref="AlertType"/>.</summary>
    public BaselineCheck Evaluate(WindowSummary window, TimeZoneInfo zone, bool learnable)
    {
        Version++;
        var hour = HourOfWeek.Of(window.To, zone);
        var observed = SignalValues.From(window);
        var check = baseline.Check(hour, observed, ThresholdFor(hour, window.To), settings);
        if (learnable && !check.IsAnomaly)
        {
            baseline.Record(hour, observed);
        }

        return check;
    }

    /// <summary>Counts an operator's verdict on one of this guard's alerts; call it once per alert.</summary>
    public bool RecordResolution(DateTimeOffset at, Resolution resolution)
    {
        Version++;
        return falsePositives.Record(at, resolution);
    }

    public BaselineThreshold ThresholdFor(int hourOfWeek, DateTimeOffset now) =>
        DynamicThreshold.For(baseline.Slot(hourOfWeek).Count, falsePositives.Rate(now), settings);

    public BaselineView View(DateTimeOffset now, TimeZoneInfo zone)
    {
        var hour = HourOfWeek.Of(now, zone);
        var slot = baseline.Slot(hour);
        var (resolutions, falsePositiveCount) = falsePositives.Totals(now);
        return new BaselineView(
            hour,
            slot.Count,
            slot.Count < settings.MinSamples,
            slot.Means,
            slot.StdDevs,
            SignalValues.Of(s => BaselineScorer.SpreadOf(slot.Stats(s), s, settings)),
            ThresholdFor(hour, now),
            resolutions == 0 ? 0.0 : (double)falsePositiveCount / resolutions,
            resolutions);
    }
}
