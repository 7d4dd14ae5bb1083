namespace Monitoring.Server.Hubs;

/// <summary>What a dashboard subscribes to: a guard, a site, or (neither) the whole tenant.</summary>
public sealed record SubscriptionRequest(string? SiteId, string? GuardId);
