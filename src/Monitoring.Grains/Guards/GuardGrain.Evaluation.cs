using Monitoring.Contracts.Guards;
using Monitoring.Contracts.Sites;
using Monitoring.Domain.Inactivity;
using Monitoring.Grains.Keys;

namespace Monitoring.Grains.Guards;

/// <summary>The evaluation, the guard rules' turns, the site and the view.</summary>
internal sealed partial class GuardGrain
{
    // The standing this activation last told its site (0: none yet), so an evaluation tells it only
    // when it changed; the site writes every change before answering, so it keeps what it was told.
    private byte _toldStanding;

    public async Task<GuardState?> EvaluateNowAsync()
    {
        if (!Guard.Seen)
        {
            return null;
        }

        if (Guard.OnShift)
        {
            await EvaluateAsync(clock.GetUtcNow());
        }

        return await ViewAsync();
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
        var alerts = Alerts;
        var open = await InactivityMonitor.ReadAlertAsync(alerts, Guard);
        _baseline.RecordResolution(open.Closed);

        // Fresh settings every time: an admin's change (threshold, time zone) applies from the next evaluation.
        _site = await SiteSettingsAsync();
        var (threshold, zone) = (GuardSiteSettings.ThresholdOf(_site, settings), GuardSiteSettings.ZoneOf(_site));
        var window = _inactivity.Summarize(now, settings.Window);
        var outcome = GuardEvaluator.Evaluate(
            new EvaluationInput(now, Guard.ShiftStartedAt ?? now, Guard.BreakStartedAt, window, zone, threshold,
                open.State, Guard.Armed, Guard.ConsecutiveInactiveWindows),
            settings);

        var alertChanged = await InactivityMonitor.ActAsync(alerts, Guard, _guardId, outcome, window, threshold, now);
        alertChanged |= await _baseline.EvaluateAsync(alerts, Guard, _guardId, window, zone, learnable: outcome.Suppressed is null, now);
        alertChanged |= await _rules.RefreshAndEvaluateAsync(RuleTurn);
        await healthRules.AskDevicesAsync(GrainFactory, _tenant, Guard.DeviceIds);
        _inactivity.Remember(Guard, now, outcome, window);

        await ReportStandingAsync(onShift: true, isInactive: outcome.Suppressed is null && outcome.Score.IsInactive);
        await FeedChangedAsync();
        if (alertChanged || checkpoint.IsDue(_savedAt, now))
        {
            await SaveAsync();
        }
    }

    private async Task RulesWokenAsync()
    {
        _rules.WakeUpFired();
        if (await _rules.RefreshAndEvaluateAsync(RuleTurn))
        {
            await SaveAsync();
        }
    }

    private GuardRuleTurn RuleTurn => new(healthRules, _tenant, Alerts, Guard, _guardId, clock.GetUtcNow(), periodicWork, this.GetGrainId());

    private async Task<GuardState> ViewAsync()
    {
        var now = clock.GetUtcNow();
        _site ??= await SiteSettingsAsync();
        var zone = GuardSiteSettings.ZoneOf(_site);
        var alert = await Alerts.GetAsync(new InactivityAlertSlot(Guard));
        return GuardView.Of(
            Guard, _guardId, now, _inactivity.Summarize(now, settings.Window), zone, GuardSiteSettings.ThresholdOf(_site, settings),
            settings, alert, _inactivity.RecentScores, _baseline.InfoOf(now, zone));
    }

    private async Task<Site?> SiteSettingsAsync() => Guard.SiteId is { } siteId ? await SiteOf(siteId).GetSettingsAsync() : null;

    /// <summary>Tells the guard's site its standing, when this activation has not told it so already.</summary>
    private async Task ReportStandingAsync(bool onShift, bool isInactive)
    {
        var standing = (byte)(1 + (onShift ? 1 : 0) + (isInactive ? 2 : 0));
        if (Guard.SiteId is { } siteId && standing != _toldStanding)
        {
            _site = await SiteOf(siteId).ReportGuardAsync(_guardId, onShift, isInactive);
            _toldStanding = standing;
        }
    }

    private ISiteGrain SiteOf(string siteId) => GrainFactory.GetGrain<ISiteGrain>(GrainKeys.Compose(_tenant, siteId));
}
