using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Sites;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Keys;

namespace Monitoring.Grains.Sites;

/// <summary>
/// One site: its settings (admin-configured, or defaults for a site first named by a guard's
/// shift start), the standing of its guards and its open alerts, kept as counters so the summary
/// never asks every guard. The counters hold across activations and silo deaths: a guard's standing
/// is written as soon as it changes (the guards are its source: they report when it changes),
/// and the open alerts are read back from the tenant's alert index on activation (the alert's
/// outbox tells the index before the site, so the index knows at least what the site was told).
/// </summary>
internal sealed class SiteGrain([PersistentState("site")] IPersistentState<SiteSnapshot> state) : Grain, ISiteGrain
{
    private const int RebuildPage = 500;
    private static readonly AlertStatus[] OpenStatuses = [AlertStatus.Active, AlertStatus.Acknowledged, AlertStatus.Verifying];

    private string _siteId = "";

    private SiteSnapshot Saved => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (tenant, siteId) = GrainKeys.Split(this.GetPrimaryKeyString());
        _siteId = siteId;
        if (Saved.Site is not null)
        {
            Saved.OpenAlerts = await OpenAlertsAsync(tenant);
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

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        Saved.Site is null ? Task.CompletedTask : state.WriteStateAsync(cancellationToken);

    public async Task<Site> PutAsync(Site site)
    {
        var isNew = Saved.Site is null;
        Saved.Site = site with { SiteId = _siteId, Configured = true };
        await state.WriteStateAsync();
        if (isNew)
        {
            await RegisterAsync();
        }

        return Saved.Site;
    }

    public Task<SiteSummary?> GetAsync()
    {
        if (Saved.Site is not { } site)
        {
            return Task.FromResult<SiteSummary?>(null);
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

        return Task.FromResult<SiteSummary?>(new SiteSummary
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
        });
    }

    public Task<Site> GetSettingsAsync() => Task.FromResult(Saved.Site ?? new Site { SiteId = _siteId, Name = _siteId });

    public async Task<Site> ReportGuardAsync(string guardId, bool onShift, bool isInactive)
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

        return Task.CompletedTask;
    }

    private Task RegisterAsync() =>
        GrainFactory.GetGrain<ISiteDirectoryGrain>(GrainKeys.Split(this.GetPrimaryKeyString()).Tenant).AddAsync(_siteId);

    public Task<IReadOnlyList<string>?> GetGuardIdsAsync() =>
        Task.FromResult<IReadOnlyList<string>?>(Saved.Site is null ? null : [.. Saved.Guards.Keys.Order(StringComparer.Ordinal)]);
}
