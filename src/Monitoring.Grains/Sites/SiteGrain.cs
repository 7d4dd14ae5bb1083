using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Feed;
using Monitoring.Contracts.Sites;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Sites;

/// <summary>
/// One site: its settings (admin-configured, or defaults for a site first named by a guard's
/// shift start), the standing of its guards and its open alerts, kept as counters so the summary
/// never asks every guard. The counters hold across activations and silo deaths: a guard's standing
/// is written as soon as it changes (the guards are its source: they report when it changes),
/// and the open alerts are read back from the tenant's alert index on activation (the alert's
/// outbox tells the index before the site, so the index knows at least what the site was told).
/// </summary>
/// <remarks>
/// Every change of the counts (and of the worst guard) goes to tenant-wide dashboards as one
/// <c>site_summary</c>, at most one per site per <see cref="FeedThrottle.SiteInterval"/>: the
/// overview follows a hundred sites without each guard's updates.
/// </remarks>
internal sealed partial class SiteGrain(
    [PersistentState("site")] IPersistentState<SiteSnapshot> state, FeedPublisher publisher, MonitoringClock clock)
    : Grain, ISiteGrain, IFeedSource
{
    private const int RebuildPage = 500;
    private static readonly AlertStatus[] OpenStatuses = [AlertStatus.Active, AlertStatus.Acknowledged, AlertStatus.Verifying];

    private string _siteId = "";
    private string _tenant = "";

    private SiteSnapshot Saved => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_tenant, _siteId) = GrainKeys.Split(this.GetPrimaryKeyString());
        _feed = new FeedThrottle(this.GetGrainId(), publisher, FeedThrottle.SiteInterval);
        if (Saved.Site is not null)
        {
            Saved.OpenAlerts = await OpenAlertsAsync(_tenant);
        }
    }

    /// <summary>The site's open alerts as the tenant's alert index has them.</summary>
    private async Task<Dictionary<string, Severity>> OpenAlertsAsync(string tenant)
    {
        var index = GrainFactory.GetGrain<IAlertIndexGrain>(tenant);
        var open = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var status in OpenStatuses)
        {
            DateTimeOffset? before = null;
            string? beforeId = null;
            while (true)
            {
                var page = await index.QueryAsync(new AlertQuery(status, null, null, _siteId, null, null, RebuildPage, before, beforeId));
                foreach (var alert in page.Items)
                {
                    open[alert.AlertId] = alert.Severity;
                }

                if (!page.HasMore || page.Items.IsEmpty)
                {
                    break;
                }

                (before, beforeId) = (page.Items[^1].RaisedAt, page.Items[^1].AlertId);
            }
        }

        return open;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // No nudge would find this activation again: a held-back summary goes out now.
        if (_feed.TakeAnyHeldBack())
        {
            Publish();
        }

        return Saved.Site is null ? Task.CompletedTask : state.WriteStateAsync(cancellationToken);
    }

    public async Task<Site> PutAsync(Site site)
    {
        var isNew = Saved.Site is null;
        Saved.Site = site with { SiteId = _siteId, Configured = true };
        await state.WriteStateAsync();
        if (isNew)
        {
            await RegisterAsync();
        }

        Changed();
        return Saved.Site;
    }

    public Task<SiteSummary?> GetAsync() => Task.FromResult(Summary());

    private SiteSummary? Summary()
    {
        if (Saved.Site is not { } site)
        {
            return null;
        }

        int onShift = 0, inactive = 0;
        foreach (var standing in Saved.Guards.Values)
        {
            onShift += standing.OnShift ? 1 : 0;
            inactive += standing.OnShift && standing.IsInactive ? 1 : 0;
        }

        var counts = new int[4];
        foreach (var severity in Saved.OpenAlerts.Values)
        {
            counts[(int)severity]++;
        }

        var (worstId, worstScore) = WorstGuard();
        return new SiteSummary
        {
            SiteId = site.SiteId,
            Name = site.Name,
            TimeZone = site.TimeZone,
            Lat = site.Lat,
            Lon = site.Lon,
            GeofenceRadiusM = site.GeofenceRadiusM,
            InactivityThreshold = site.InactivityThreshold,
            Configured = site.Configured,
            GuardsOnShift = onShift,
            InactiveGuards = inactive,
            ActiveAlerts = new AlertCounts(
                counts[(int)Severity.Critical], counts[(int)Severity.High], counts[(int)Severity.Medium], counts[(int)Severity.Low]),
            WorstGuardId = worstId,
            WorstGuardScore = worstScore,
        };
    }

    public Task<Site> GetSettingsAsync() => Task.FromResult(Saved.Site ?? new Site { SiteId = _siteId, Name = _siteId });

    public Task<Site> ReportGuardAsync(string guardId, bool onShift, bool isInactive)
    {
        // A shift that starts or ends has no score yet, or none any more.
        _scores.Remove(guardId);
        return ReportAsync(guardId, onShift, isInactive);
    }

    public Task<Site> ReportEvaluationAsync(string guardId, bool onShift, bool isInactive, double? score)
    {
        if (score is { } value && onShift)
        {
            _scores[guardId] = value;
        }
        else
        {
            _scores.Remove(guardId);
        }

        return ReportAsync(guardId, onShift, isInactive);
    }

    private async Task<Site> ReportAsync(string guardId, bool onShift, bool isInactive)
    {
        var isNew = Saved.Site is null;
        Saved.Site ??= new Site { SiteId = _siteId, Name = _siteId };
        var standing = new GuardStanding(onShift, isInactive);
        if (isNew || !Saved.Guards.TryGetValue(guardId, out var known) || known != standing)
        {
            // A guard may report again (after its own restart); only a change is written, before the guard hears back.
            Saved.Guards[guardId] = standing;
            await state.WriteStateAsync();
        }

        if (isNew)
        {
            await RegisterAsync();
        }

        Changed();
        return Saved.Site;
    }

    public Task ReportAlertAsync(string alertId, Severity severity, bool open)
    {
        Saved.Site ??= new Site { SiteId = _siteId, Name = _siteId };
        if (open)
        {
            Saved.OpenAlerts[alertId] = severity;
        }
        else
        {
            Saved.OpenAlerts.Remove(alertId);
        }

        Changed();
        return Task.CompletedTask;
    }

    private Task RegisterAsync() => GrainFactory.GetGrain<ISiteDirectoryGrain>(_tenant).AddAsync(_siteId);

    public Task<IReadOnlyList<string>?> GetGuardIdsAsync() =>
        Task.FromResult<IReadOnlyList<string>?>(Saved.Site is null ? null : [.. Saved.Guards.Keys.Order(StringComparer.Ordinal)]);
}
