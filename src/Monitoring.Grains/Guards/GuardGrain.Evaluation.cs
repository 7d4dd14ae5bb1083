using System.Diagnostics;
using Monitoring.Contracts.Guards;
using Monitoring.Grains.Diagnostics;

namespace Monitoring.Grains.Guards;

/// <summary>The evaluation, the guard rules' turns, the site and the view.</summary>
internal sealed partial class GuardGrain
{
    public async Task<GuardState?> EvaluateNowAsync()
    {
        if (Guard is { Seen: true, OnShift: true })
        {
            await EvaluateAsync(clock.GetUtcNow());
        }

        return Guard.Seen ? await ViewAsync() : null;
    }

    public Task<GuardTrail?> GetTrailAsync(DateTimeOffset since)
    {
        if (!Guard.Seen)
        {
            return Task.FromResult<GuardTrail?>(null);
        }

        var (points, fixes) = _inactivity.TrailSince(since);
        return Task.FromResult<GuardTrail?>(new GuardTrail
        {
            SiteId = Guard.SiteId,
            OnShift = Guard.OnShift,
            ShiftStartedAt = Guard.ShiftStartedAt,
            DeviceIds = [.. Guard.DeviceIds],
            Points = points,
            Fixes = fixes,
        });
    }

    private async Task EvaluateIfDueAsync()
    {
        var now = clock.GetUtcNow();
        if (Shift.IsDue(now))
        {
            await EvaluateAsync(now);
            periodicWork.SetDue(this, EvaluateJob, Shift.AdvanceDue(now, settings.EvaluationPeriod));
        }
    }

    private async Task EvaluateAsync(DateTimeOffset now)
    {
        var started = Stopwatch.GetTimestamp();
        using var span = GrainTracing.Source.StartActivity("guard.evaluate");
        span?.SetTag("monitoring.guard_id", _guardId);
        await EvaluateCoreAsync(now, span);
        GrainMetrics.Evaluated(Stopwatch.GetElapsedTime(started));
    }

    private async Task EvaluateCoreAsync(DateTimeOffset now, Activity? span)
    {
        var open = await InactivityMonitor.ReadAlertAsync(Alerts, Guard);
        _baseline.RecordResolution(open.Closed);
        await _site.ReadAsync(GrainFactory, _tenant, Guard.SiteId);
        var (threshold, zone) = (_site.ThresholdOr(settings), _site.Zone);
        var (outcome, window) = _inactivity.Evaluate(Guard, now, settings, threshold, zone, open.State);

        var alertChanged = await InactivityMonitor.ActAsync(Alerts, Guard, _guardId, outcome, window, threshold, now);
        alertChanged |= await _baseline.EvaluateAsync(Alerts, Guard, _guardId, window, zone, learnable: outcome.Suppressed is null, now);
        alertChanged |= await _rules.RefreshAndEvaluateAsync(RuleTurn);
        await healthRules.AskDevicesAsync(GrainFactory, _tenant, Guard.DeviceIds);
        _inactivity.Remember(Guard, now, outcome, window, settings);
        span?.SetTag("monitoring.score", (double)outcome.Score.Score).SetTag("monitoring.alert_changed", alertChanged);

        await _site.ReportEvaluationAsync(
            GrainFactory, _tenant, Guard.SiteId, _guardId, outcome.Suppressed is null && outcome.Score.IsInactive,
            outcome.Suppressed is null ? (double)outcome.Score.Score : null);
        await FeedChangedAsync();
        if (alertChanged || checkpoint.IsDue(_savedAt, now))
        {
            await SaveAsync();
        }
    }

    private async Task RulesWokenAsync()
    {
        if (await _rules.WokenAsync(RuleTurn))
        {
            await SaveAsync();
        }
    }

    private GuardRuleTurn RuleTurn => new(healthRules, _tenant, Alerts, Guard, _guardId, clock.GetUtcNow(), periodicWork, this.GetGrainId());

    private async Task<GuardState> ViewAsync()
    {
        var now = clock.GetUtcNow();
        await _site.EnsureReadAsync(GrainFactory, _tenant, Guard.SiteId);
        var alert = await Alerts.GetAsync(new InactivityAlertSlot(Guard));
        return GuardView.Of(Guard, _guardId, now, _inactivity, _site, settings, alert, _baseline.InfoOf(now, _site.Zone));
    }

    private ValueTask ReportStandingAsync(bool onShift, bool isInactive) =>
        _site.ReportAsync(GrainFactory, _tenant, Guard.SiteId, _guardId, onShift, isInactive);
}
