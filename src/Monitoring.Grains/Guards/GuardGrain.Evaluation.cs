using System.Collections.Immutable;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Guards;
using Monitoring.Domain.Activity;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Time;
using Monitoring.Grains.Keys;

namespace Monitoring.Grains.Guards;

internal sealed partial class GuardGrain
{
    internal const string InactivityType = "inactivity";
    private const int MaxScores = 48;

    /// <summary>
    /// Runs the evaluation when it is due. Reminder ticks may repeat or come late after a failure:
    /// a tick before the due time does nothing, and a late one evaluates once and moves the due time
    /// past the present, so no backlog of evaluations is replayed.
    /// </summary>
    private async Task EvaluateIfDueAsync()
    {
        var now = clock.GetUtcNow();
        if (!S.OnShift || S.NextDueAt is not { } due || now < due)
        {
            return;
        }

        await EvaluateAsync(now);
        var periods = Math.Floor((now - due) / settings.EvaluationPeriod) + 1;
        S.NextDueAt = due + (settings.EvaluationPeriod * periods);
        scheduler.Schedule(this.GetGrainId(), EvaluateJob, S.NextDueAt.Value);
    }

    private async Task EvaluateAsync(DateTimeOffset now)
    {
        var openAlert = await OpenAlertStateAsync();

        // Fresh settings every time: an admin's change (threshold, time zone) applies from the next evaluation.
        _site = await SiteSettingsAsync();
        var threshold = ThresholdOf();
        var window = _window.Summarize(now - settings.Window, now);
        var input = new EvaluationInput(
            now, S.ShiftStartedAt ?? now, S.BreakStartedAt, window, ZoneOf(), threshold,
            openAlert, S.Armed, S.ConsecutiveInactiveWindows);
        var outcome = GuardEvaluator.Evaluate(input, settings);

        var alertChanged = await ApplyAsync(outcome, window, threshold);
        alertChanged |= await EvaluateBaselineAsync(window, outcome);
        alertChanged |= await RefreshAndEvaluateRulesAsync();
        await CheckDevicesAsync();
        S.Armed = outcome.Armed;
        S.ConsecutiveInactiveWindows = outcome.ConsecutiveInactiveWindows;
        S.LastEvaluation = new LastEvaluation(
            now, (double)outcome.Score.Score, outcome.Score.Severity, outcome.Score.IsInactive,
            outcome.Score.IsDeepNight, outcome.IsNightShift, outcome.Suppressed, ToView(window));
        _scores.Add(now, outcome.Score.Score, outcome.Score.Severity);

        await ReportToSiteAsync(onShift: true, isInactive: outcome.Suppressed is null && outcome.Score.IsInactive);
        await FeedChangedAsync();
        if (alertChanged || checkpoint.IsDue(_savedAt, now))
        {
            await SaveAsync();
        }
    }

    private async Task<bool> ApplyAsync(EvaluationOutcome outcome, WindowSummary window, decimal threshold)
    {
        switch (outcome.Decision)
        {
            case AlertDecision.Raise:
                if (S.RaisingAlertId is null)
                {
                    S.RaisingAlertId = "alr_" + Guid.CreateVersion7(clock.GetUtcNow()).ToString("N");
                    await SaveAsync();
                }

                await AlertGrain(S.RaisingAlertId).RaiseAsync(Draft(outcome, window, threshold));
                (S.OpenAlertId, S.RaisingAlertId) = (S.RaisingAlertId, null);
                return true;
            case AlertDecision.Update when S.OpenAlertId is { } openId:
                await AlertGrain(openId).UpdateAsync(Draft(outcome, window, threshold));
                return false;
            case AlertDecision.Clear when S.OpenAlertId is { } openId:
                var cleared = await AlertGrain(openId).ClearAsync("activity_resumed");
                S.OpenAlertId = cleared is { Status: not AlertStatus.Resolved } ? openId : null;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Reads the open alert's status. One that an operator closed frees the guard but leaves it
    /// disarmed: a new alert needs the guard to be seen active first.
    /// </summary>
    private async Task<OpenAlertState> OpenAlertStateAsync()
    {
        if (S.OpenAlertId is not { } alertId)
        {
            return OpenAlertState.None;
        }

        var alert = await AlertGrain(alertId).GetAsync();
        if (alert is null || alert.Status == AlertStatus.Resolved)
        {
            RecordResolution(alert);
            S.OpenAlertId = null;
            S.Armed = alert?.Resolution == Resolution.Cleared;
            return OpenAlertState.None;
        }

        return AlertWorkflow.IsOwned(alert.Status) ? OpenAlertState.Owned : OpenAlertState.Unowned;
    }

    private AlertDraft Draft(EvaluationOutcome outcome, WindowSummary window, decimal threshold) => new(
        InactivityType,
        outcome.Score.Severity,
        S.SiteId ?? "",
        _guardId,
        S.DeviceIds.Count > 0 ? S.DeviceIds[0] : null,
        (double)outcome.Score.Score,
        InactivityEvidence.ToJson(window, outcome, threshold),
        AlertSla.ForInactivity(outcome.Score.Severity));

    private async Task<GuardState> ViewAsync()
    {
        var now = clock.GetUtcNow();
        _site ??= await SiteSettingsAsync();
        var window = _window.Summarize(now - settings.Window, now);
        var zone = ZoneOf();
        var deepNight = SiteClock.IsBetween(now, zone, settings.DeepNightStart, settings.DeepNightEnd);
        var threshold = ThresholdOf();
        var score = InactivityScorer.Score(window, deepNight, threshold, settings);
        return new GuardState
        {
            GuardId = _guardId,
            SiteId = S.SiteId,
            OnShift = S.OnShift,
            ShiftStartedAt = S.ShiftStartedAt,
            ShiftEndedAt = S.ShiftEndedAt,
            DeviceIds = [.. S.DeviceIds],
            LastSeenAt = S.LastSeenAt,
            OnBreak = S.OnShift && GuardEvaluator.IsOnBreak(now, S.BreakStartedAt, settings),
            BreakStartedAt = S.BreakStartedAt,
            Window = ToView(window),
            InactivityScore = (double)score.Score,
            Severity = score.Severity,
            IsInactive = score.IsInactive,
            IsDeepNight = deepNight,
            IsNightShift = SiteClock.IsBetween(now, zone, settings.NightStart, settings.NightEnd),
            Threshold = (double)threshold,
            ConsecutiveInactiveWindows = S.ConsecutiveInactiveWindows,
            LastEvaluatedAt = S.LastEvaluation?.At,
            LastEvaluation = S.LastEvaluation,
            NextEvaluationAt = S.NextDueAt,
            ActiveAlerts = await ActiveAlertsAsync(),
            RecentScores = _scores.ToArray(),
            Baseline = BaselineInfoOf(now),
        };
    }

    private async Task<ImmutableArray<AlertSummary>> ActiveAlertsAsync()
    {
        if (S.OpenAlertId is not { } alertId || await AlertGrain(alertId).GetAsync() is not { } alert
            || !AlertWorkflow.IsOpen(alert.Status))
        {
            return [];
        }

        return [new AlertSummary(alert.AlertId, alert.Type, alert.Severity, alert.Status, alert.RaisedAt)];
    }

    private static WindowView ToView(WindowSummary w) => new(
        w.From, w.To, w.PhoneEvents, w.LocationUpdates, w.MovementM, w.TasksCompleted, w.CheckpointsScanned);

    private IAlertGrain AlertGrain(string alertId) => GrainFactory.GetGrain<IAlertGrain>(GrainKeys.Compose(_tenant, alertId));

    private async Task<Contracts.Sites.Site?> SiteSettingsAsync()
    {
        if (S.SiteId is null)
        {
            return null;
        }

        await ReportToSiteAsync(S.OnShift, S.LastEvaluation is { IsInactive: true, Suppressed: null });
        return _site;
    }

    private decimal ThresholdOf() =>
        _site?.InactivityThreshold is { } t ? (decimal)t : settings.Threshold;

    private TimeZoneInfo ZoneOf() =>
        _site is not null && SiteClock.TryFindZone(_site.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
