namespace Monitoring.Fleet.Night;

/// <summary>A client site of the virtual night, in the shape <c>PUT /api/v1/sites/{id}</c> takes.</summary>
internal sealed record NightSite(string Id, string Name, string TimeZone, double Lat, double Lon, double GeofenceRadiusM);
