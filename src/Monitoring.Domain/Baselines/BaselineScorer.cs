namespace Monitoring.Domain.Baselines;

/// <summary>
/// Judges a window against its hour's slot. We look for a drop (the guard less active than usual),
/// so only negative z counts; more activity than usual is never an anomaly. Per signal,
/// z = (observed - mean) / spread, with spread = max(sample sd, absolute floor of the signal,
/// fraction x |mean|). The window's score is its lowest z, the signal furthest below normal, so one
/// signal that collapses (no tour checkpoints at the usual tour time) is enough; the anomaly is
/// lowest z &lt;= -threshold. A slot with fewer than the minimum samples gives no verdict.
/// </summary>
public static class BaselineScorer
{
    // Floors are positive by default; this only keeps a zeroed configuration from dividing by zero.
    private const double MinSpread = 1e-6;

    public static double SpreadOf(RunningStats stats, BaselineSignal signal, BaselineSettings settings)
    {
        var floor = Math.Max(settings.MinStdDevOf(signal), settings.MinStdDevFraction * Math.Abs(stats.Mean));
        return Math.Max(MinSpread, Math.Max(stats.StdDev, floor));
    }

    public static BaselineCheck Score(
        BaselineSlot slot, SignalValues observed, BaselineThreshold threshold, BaselineSettings settings)
    {
        var spreads = SignalValues.Of(s => SpreadOf(slot.Stats(s), s, settings));
        if (slot.Count < settings.MinSamples)
        {
            return new BaselineCheck(
                slot.HourOfWeek, slot.Count, observed, slot.Means, spreads, default, null, 0.0, threshold,
                BaselineVerdict.Learning);
        }

        var z = SignalValues.Of(s => (observed[s] - slot.Means[s]) / spreads[s]);
        var weakest = SignalValues.Signals.MinBy(s => z[s]);
        var lowest = z[weakest];
        var verdict = lowest <= -threshold.Value ? BaselineVerdict.Anomaly : BaselineVerdict.Normal;
        return new BaselineCheck(
            slot.HourOfWeek, slot.Count, observed, slot.Means, spreads, z, weakest, lowest, threshold, verdict);
    }
}
