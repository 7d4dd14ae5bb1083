namespace Monitoring.Server.Apis;

/// <summary>
/// The body of <c>PUT /api/v1/routes/{routeId}</c>: matchers (empty: any), site-local hours, the
/// contacts per tier and the group timings in seconds (defaults 30, 300, 14400).
/// </summary>
internal sealed record RoutePutRequest(
    string? Name,
    string?[]? SiteIds,
    string?[]? Types,
    string?[]? Severities,
    HourWindowRequest? Hours,
    RouteTierRequest?[]? Tiers,
    int? GroupWaitS,
    int? GroupIntervalS,
    int? RepeatIntervalS);
