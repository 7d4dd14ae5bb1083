namespace Monitoring.Server.Hubs;

/// <summary>
/// What a dashboard subscribes to: a guard, a site, or (neither) the whole tenant. With
/// <see cref="Batch"/> the client receives <c>events</c> (an array, one call per flush) instead of
/// one <c>event</c> call per envelope. With <see cref="Incidents"/> only the incident events
/// (<c>incident_opened</c>, <c>incident_updated</c>) of the site, or of the tenant without a site:
/// what the incident workspace shows, without the alerts, summaries and guard updates around them.
/// </summary>
public sealed record SubscriptionRequest(string? SiteId, string? GuardId, bool Batch = false, bool Incidents = false);
