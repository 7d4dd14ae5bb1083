namespace Monitoring.Server.Apis;

/// <summary>The contacts a route notifies at one tier (0 on raise, 1..3 on escalation).</summary>
internal sealed record RouteTierRequest(int? Tier, string?[]? ContactIds);
