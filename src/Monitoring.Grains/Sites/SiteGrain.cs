using Monitoring.Contracts.Sites;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Keys;

namespace Monitoring.Grains.Sites;

/// <summary>
/// One site: its settings (admin-configured, or defaults for a site first named by a guard's
/// shift start), the standing of its guards and its open alerts, kept as counters so the summary
/// never asks every guard.
/// </summary>
internal sealed class SiteGrain([PersistentState("site")] IPersistentState<SiteSnapshot> state) : Grain, ISiteGrain
{
    private string _siteId = "";

    private SiteSnapshot S => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _siteId = GrainKeys.Split(this.GetPrimaryKeyString()).Id;
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        S.Site is null ? Task.CompletedTask : state.WriteStateAsync(cancellationToken);

    public async Task<Site> PutAsync(Site site)
    {
        var isNew = S.Site is null;
        S.Site = site with { SiteId = _siteId, Configured = true };
        await state.WriteStateAsync();
        if (isNew)
        {
            await RegisterAsync();
        }

        return S.Site;
    }

    public Task<SiteSummary?> GetAsync()
    {
        if (S.Site is not { } site)
        {
            return Task.FromResult<SiteSummary?>(null);
        }

        int onShift = 0, inactive = 0;
        foreach (var standing in S.Guards.Values)
        {
            onShift += standing.OnShift ? 1 : 0;
            inactive += standing.OnShift && standing.IsInactive ? 1 : 0;
        }

        var counts = new int[4];
        foreach (var severity in S.OpenAlerts.Values)
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

    public async Task<Site> ReportGuardAsync(string guardId, bool onShift, bool isInactive)
    {
        var isNew = S.Site is null;
        S.Site ??= new Site { SiteId = _siteId, Name = _siteId };
        S.Guards[guardId] = new GuardStanding(onShift, isInactive);
        if (isNew)
        {
            await state.WriteStateAsync();
            await RegisterAsync();
        }

        return S.Site;
    }

    public Task ReportAlertAsync(string alertId, Severity severity, bool open)
    {
        S.Site ??= new Site { SiteId = _siteId, Name = _siteId };
        if (open)
        {
            S.OpenAlerts[alertId] = severity;
        }
        else
        {
            S.OpenAlerts.Remove(alertId);
        }

        return Task.CompletedTask;
    }

    private Task RegisterAsync() =>
        GrainFactory.GetGrain<ISiteDirectoryGrain>(GrainKeys.Split(this.GetPrimaryKeyString()).Tenant).AddAsync(_siteId);

    public Task<IReadOnlyList<string>?> GetGuardIdsAsync() =>
        Task.FromResult<IReadOnlyList<string>?>(S.Site is null ? null : [.. S.Guards.Keys.Order(StringComparer.Ordinal)]);
}
