using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Incidents;
using Monitoring.Contracts.Sites;
using Monitoring.Domain.Reports;
using Monitoring.Domain.Time;
using Monitoring.Grains.Keys;

namespace Monitoring.Server.Apis;

/// <summary>
/// Reads what a report is built from out of the tenant's history (the alert and incident index
/// grains, which keep it in PostgreSQL or in memory), a page at a time, and the time zone of every
/// site concerned. At most <see cref="MaxItems"/> alerts and as many incidents: null beyond that.
/// </summary>
internal static class ReportSource
{
    public const int MaxItems = 100_000;
    private const int PageSize = 2_000;

    public static async Task<ReportInput?> LoadAsync(IGrainFactory grains, string tenant, ReportPeriod period)
    {
        var alerts = await AlertsAsync(grains.GetGrain<IAlertIndexGrain>(tenant), period);
        var incidents = alerts is null ? null : await IncidentsAsync(grains.GetGrain<IIncidentIndexGrain>(tenant), period);
        if (alerts is null || incidents is null)
        {
            return null;
        }

        var sites = alerts.Select(a => a.SiteId).Concat(incidents.Select(i => i.SiteId)).Distinct(StringComparer.Ordinal).ToList();
        var settings = await Task.WhenAll(sites.Select(s => grains.GetGrain<ISiteGrain>(GrainKeys.Compose(tenant, s)).GetSettingsAsync()));
        var zones = new Dictionary<string, TimeZoneInfo>(StringComparer.Ordinal);
        foreach (var site in settings)
        {
            zones[site.SiteId] = SiteClock.TryFindZone(site.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
        }

        return new ReportInput(period, alerts, incidents, zones);
    }

    private static async Task<List<ReportAlert>?> AlertsAsync(IAlertIndexGrain index, ReportPeriod period)
    {
        var items = new List<ReportAlert>();
        DateTimeOffset? before = null;
        string? beforeId = null;
        while (true)
        {
            var page = await index.QueryFactsAsync(new AlertPeriodQuery(period.From, period.To, period.SiteId, before, beforeId, PageSize));
            items.AddRange(page.Select(f => new ReportAlert(
                f.AlertId, f.Type, f.Severity, f.SiteId, f.GuardId, f.RaisedAt, f.SlaDueAt, f.AcknowledgedAt, f.ResolvedAt, f.Resolution, f.EscalationLevel)));
            if (items.Count > MaxItems)
            {
                return null;
            }

            if (page.Length < PageSize)
            {
                return items;
            }

            (before, beforeId) = (page[^1].RaisedAt, page[^1].AlertId);
        }
    }

    private static async Task<List<ReportIncident>?> IncidentsAsync(IIncidentIndexGrain index, ReportPeriod period)
    {
        var items = new List<ReportIncident>();
        DateTimeOffset before = period.To;
        var beforeId = "";
        while (true)
        {
            var page = await index.QueryAsync(period.SiteId, null, null, before, beforeId, PageSize);
            foreach (var i in page)
            {
                if (i.OpenedAt < period.From)
                {
                    return items;
                }

                items.Add(new ReportIncident(
                    i.IncidentId, i.SiteId, i.GuardId, i.Severity, i.OpenedAt, i.AlertIds.Length, i.AlertTypes, i.Status != Domain.Correlation.IncidentStatus.Resolved));
            }

            if (items.Count > MaxItems)
            {
                return null;
            }

            if (page.Length < PageSize)
            {
                return items;
            }

            (before, beforeId) = (page[^1].OpenedAt, page[^1].IncidentId);
        }
    }
}
