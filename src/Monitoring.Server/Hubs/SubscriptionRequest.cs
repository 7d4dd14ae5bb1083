namespace Monitoring.Server.Hubs;

/// <summary>
/// What a dashboard subscribes to: a guard, a site, or (neither) the whole tenant. With
/// <see cref="Batch"/> the client receives <c>events</c> (an array, one call per flush) instead of
/// one <c>event</c> call per envelope.
/// </summary>
public sealed record SubscriptionRequest(string? SiteId, string? GuardId, bool Batch = false);
