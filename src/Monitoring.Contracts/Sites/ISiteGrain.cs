using Monitoring.Domain.Alerts;

namespace Monitoring.Contracts.Sites;

/// <summary>One site: its settings, its guards and its open alerts. Key: <c>{tenant}/{siteId}</c>.</summary>
public interface ISiteGrain : IGrainWithStringKey
{
    /// <summary>Creates or replaces the site's settings.</summary>
    Task<Site> PutAsync(Site site);

    /// <summary>The site with live counts, or null when it is unknown.</summary>
    Task<SiteSummary?> GetAsync();

    /// <summary>The site's settings (defaults if never configured); a read that changes nothing.</summary>
    Task<Site> GetSettingsAsync();

    /// <summary>Reports a guard's standing at this site and returns the site's settings (defaults if never configured).</summary>
    Task<Site> ReportGuardAsync(string guardId, bool onShift, bool isInactive);

    /// <summary>
    /// Reports a guard's standing with the score of its evaluation (null while no alert may be
    /// raised: the window still filling, a break); the score is kept in memory for the site's worst
    /// guard, so a change of score alone writes nothing.
    /// </summary>
    Task<Site> ReportEvaluationAsync(string guardId, bool onShift, bool isInactive, double? score);

    /// <summary>Reports an alert of this site opening, changing severity or closing.</summary>
    Task ReportAlertAsync(string alertId, Severity severity, bool open);

    /// <summary>Guards that worked at this site, or null when the site is unknown.</summary>
    Task<IReadOnlyList<string>?> GetGuardIdsAsync();
}
