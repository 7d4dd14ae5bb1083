namespace Monitoring.Server.Apis;

/// <summary>The body of <c>PUT /api/v1/sites/{siteId}</c>.</summary>
internal sealed record SitePutRequest(
    string? Name, string? TimeZone, double? Lat, double? Lon, double? GeofenceRadiusM, double? InactivityThreshold);
