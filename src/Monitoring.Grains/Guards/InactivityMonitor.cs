using System.Collections.Immutable;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Guards;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Activity;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Geo;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Alerts;

namespace Monitoring.Grains.Guards;

/// <summary>
/// The guard's inactivity: the trailing activity window (per-minute buckets), the latest scores, and
/// the inactivity alert (<see cref="GuardSnapshot.OpenAlertId"/>, through <see cref="OwnedAlert"/>).
/// The decision itself is <see cref="GuardEvaluator"/>'s. A struct field of the grain holding the two
/// live forms, set once on activation; its methods change those and the snapshot they are given.
/// </summary>
internal readonly struct InactivityMonitor(ActivityWindow window, ScoreHistory scores)
{
    public const string AlertType = "inactivity";
    public const int MaxScores = 48;

    /// <summary>Evaluations the history keeps: 8 hours at the 5-minute period.</summary>
    public const int MaxTrail = 96;
    private const double DefaultAccuracyM = 20.0;
    private static readonly TimeSpan BreakReachMargin = TimeSpan.FromMinutes(2);

    public static InactivityMonitor Restore(GuardSnapshot guard, InactivitySettings settings)
    {
        // A snapshot written before ids were reserved in OpenAlertId kept a raise in progress apart.
        if (guard.RaisingAlertId is { } raising)
        {
            guard.OpenAlertId ??= raising;
            guard.RaisingAlertId = null;
        }

        return new InactivityMonitor(
            ActivityWindow.Restore((guard.Window ?? []).Select(b => b.ToBucket()), RingFor(guard, settings)),
            guard.Trail is { } trail ? ScoreHistory.Restore(trail, MaxTrail) : ScoreHistory.Restore(guard.Scores ?? [], MaxTrail));
    }

    public void Store(GuardSnapshot guard)
    {
        guard.Window = [.. window.Buckets().Select(BucketRecord.From)];
        guard.Trail = [.. scores.Records()];
    }

    /// <summary>Scores of the latest evaluations past warm-up, at most <see cref="MaxScores"/>.</summary>
    public ImmutableArray<ScorePoint> RecentScores => scores.Scores(MaxScores);

    /// <summary>The evaluations and positions kept since <paramref name="since"/>.</summary>
    public (ImmutableArray<GuardHistoryPoint> Points, ImmutableArray<GuardFix> Fixes) TrailSince(DateTimeOffset since) => scores.Since(since);

    /// <summary>
    /// Minutes of duty the window holds while the guard is warming up (<see cref="WarmUp"/>); null
    /// off shift or once the window lies inside the shift.
    /// </summary>
    public static int? WarmUpMinutes(GuardSnapshot guard, DateTimeOffset now, InactivitySettings settings)
    {
        if (guard is not { OnShift: true, ShiftStartedAt: { } started })
        {
            return null;
        }

        var offDuty = OffDuty.Total(new GuardBreaks(guard).OffDutyUntil(now, settings.BreakMax), started, now);
        return WarmUp.MinutesIn(now, started, offDuty, settings.Window);
    }

    public void Record(ActivitySample sample) => window.Record(sample.Ts, KindOf(sample.Type), FixOf(sample));

    /// <summary>The window ending at <paramref name="now"/>.</summary>
    public WindowSummary Summarize(DateTimeOffset now, TimeSpan span) => window.Summarize(now - span, now);

    /// <summary>The last window of duty ending at <paramref name="now"/>: declared breaks skipped, up to the break limit.</summary>
    public WindowSummary SummarizeDuty(GuardSnapshot guard, DateTimeOffset now, InactivitySettings settings) =>
        window.SummarizeDuty(now, settings.Window, new GuardBreaks(guard).OffDutyUntil(now, settings.BreakMax));

    /// <summary>Takes a break start or end (<see cref="GuardShift.Break"/>), sizing the ring for it; true when the state changed.</summary>
    public bool Break(GuardSnapshot guard, EventType type, DateTimeOffset at, InactivitySettings settings)
    {
        if (!new GuardShift(guard).Break(type, at))
        {
            return false;
        }

        window.Resize(RingFor(guard, settings));
        return true;
    }

    /// <summary>The evaluation at <paramref name="now"/> (<see cref="GuardEvaluator"/>) over the last window of duty.</summary>
    public (EvaluationOutcome Outcome, WindowSummary Window) Evaluate(
        GuardSnapshot guard, DateTimeOffset now, InactivitySettings settings, decimal threshold, TimeZoneInfo zone, OpenAlertState open)
    {
        var breaks = new GuardBreaks(guard);
        breaks.Forget(now - settings.Window - settings.BreakMax - BreakReachMargin, settings.BreakMax);
        window.Resize(RingFor(guard, settings));
        var shiftStartedAt = guard.ShiftStartedAt ?? now;
        var offDuty = breaks.OffDutyUntil(now, settings.BreakMax);
        var summary = window.SummarizeDuty(now, settings.Window, offDuty);
        var input = new EvaluationInput(now, shiftStartedAt, guard.BreakStartedAt, summary, zone, threshold,
            open, guard.Armed, guard.ConsecutiveInactiveWindows)
        {
            OffDutyInShift = OffDuty.Total(offDuty, shiftStartedAt, now),
        };
        return (GuardEvaluator.Evaluate(input, settings), summary);
    }

    // The window covers the evaluation window; while a break is under way or in reach it also
    // reaches back past the break (at most the break limit), and shrinks again once the break is
    // out of reach, so only guards on or just back from a break carry the longer ring.
    private static int RingFor(GuardSnapshot guard, InactivitySettings settings) =>
        ActivityWindow.MinutesFor(new GuardBreaks(guard).Any ? settings.Window + settings.BreakMax : settings.Window);

    /// <summary>
    /// Reads the inactivity alert back. One an operator closed frees the guard but leaves it disarmed
    /// (a new alert needs the guard to be seen active first), unless the system cleared it.
    /// </summary>
    public static async ValueTask<OwnedAlertReading> ReadAlertAsync(OwnedAlert alerts, GuardSnapshot guard)
    {
        var reading = await alerts.ReadAsync(new InactivityAlertSlot(guard));
        if (reading.Closed is { } closed)
        {
            guard.Armed = closed.Resolution == Resolution.Cleared;
        }

        return reading;
    }

    /// <summary>Acts on the evaluation's decision; true when an alert was raised or cleared.</summary>
    public static async Task<bool> ActAsync(
        OwnedAlert alerts, GuardSnapshot guard, string guardId, EvaluationOutcome outcome, WindowSummary window, decimal threshold, DateTimeOffset now)
    {
        var slot = new InactivityAlertSlot(guard);
        switch (outcome.Decision)
        {
            case AlertDecision.Raise:
                await alerts.RaiseAsync(slot, Draft(guard, guardId, outcome, window, threshold), now);
                return true;
            case AlertDecision.Update:
                await alerts.UpdateAsync(slot, Draft(guard, guardId, outcome, window, threshold));
                return false;
            case AlertDecision.Clear:
                return await alerts.ClearAsync(slot, "activity_resumed");
            default:
                return false;
        }
    }

    /// <summary>Clears the inactivity alert when the shift ends.</summary>
    public static Task<bool> EndShiftAsync(OwnedAlert alerts, GuardSnapshot guard) =>
        alerts.ClearAsync(new InactivityAlertSlot(guard), "shift_ended");

    /// <summary>Keeps the evaluation's outcome: arming, the run of inactive windows, the last evaluation and its score.</summary>
    public void Remember(GuardSnapshot guard, DateTimeOffset now, EvaluationOutcome outcome, WindowSummary summary, InactivitySettings settings)
    {
        guard.Armed = outcome.Armed;
        guard.ConsecutiveInactiveWindows = outcome.ConsecutiveInactiveWindows;
        guard.LastEvaluation = new LastEvaluation(
            now, (double)outcome.Score.Score, outcome.Score.Severity, outcome.Score.IsInactive,
            outcome.Score.IsDeepNight, outcome.IsNightShift, outcome.Suppressed, ToView(summary));
        // The minutes of the period before now. A minute the period covers only in part was summed by
        // the evaluation before, while it was going on; with none since it began (the shift's first
        // evaluation), it is this one's, or what it held would be in no evaluation.
        var (from, to) = (now - settings.EvaluationPeriod, now.AddTicks(-1));
        var partMinute = ActivityWindow.StartOf(ActivityWindow.MinuteOf(from));
        if (scores.NewestAt is not { } previous || previous <= partMinute)
        {
            from = partMinute;
        }

        var period = window.Summarize(from, to);
        var sample = new TrailSample(
            WarmUpMinutes(guard, now, settings) is not null, period.PhoneEvents, period.MovementM, period.TasksCompleted,
            period.CheckpointsScanned, window.LatestFix(from, to)?.Fix);
        scores.Add(now, outcome.Score.Score, outcome.Score.Severity, sample);
    }

    public static WindowView ToView(WindowSummary w) => new(
        w.From, w.To, w.PhoneEvents, w.LocationUpdates, w.MovementM, w.TasksCompleted, w.CheckpointsScanned);

    public static GeoFix? FixOf(ActivitySample sample) =>
        sample is { Lat: { } lat, Lon: { } lon } ? new GeoFix(lat, lon, sample.AccuracyM ?? DefaultAccuracyM) : null;

    private static AlertDraft Draft(GuardSnapshot guard, string guardId, EvaluationOutcome outcome, WindowSummary window, decimal threshold) => new(
        AlertType,
        outcome.Score.Severity,
        guard.SiteId ?? "",
        guardId,
        guard.DeviceIds.Count > 0 ? guard.DeviceIds[0] : null,
        (double)outcome.Score.Score,
        InactivityEvidence.ToJson(window, outcome, threshold, guard.DeviceIds.Count),
        AlertSla.ForInactivity(outcome.Score.Severity));

    private static ActivityKind KindOf(EventType type) => type switch
    {
        EventType.Phone => ActivityKind.Phone,
        EventType.TaskCompleted => ActivityKind.Task,
        EventType.Checkpoint => ActivityKind.Checkpoint,
        _ => ActivityKind.None,
    };
}
