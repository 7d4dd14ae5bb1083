namespace Monitoring.Contracts.Sites;

/// <summary>A client site: where guards work, in which time zone, within which geofence.</summary>
[GenerateSerializer, Immutable, Alias("site")]
public sealed record Site
{
    /// <summary>Site id (without tenant).</summary>
    [Id(0)] public required string SiteId { get; init; }

    /// <summary>Display name.</summary>
    [Id(1)] public required string Name { get; init; }

    /// <summary>IANA time zone id, e.g. Europe/Paris.</summary>
    [Id(2)] public string TimeZone { get; init; } = "UTC";

    /// <summary>Latitude of the site centre.</summary>
    [Id(3)] public double? Lat { get; init; }

    /// <summary>Longitude of the site centre.</summary>
    [Id(4)] public double? Lon { get; init; }

    /// <summary>Geofence radius in metres.</summary>
    [Id(5)] public double? GeofenceRadiusM { get; init; }

    /// <summary>Inactivity threshold for this site; null means the tenant default.</summary>
    [Id(6)] public double? InactivityThreshold { get; init; }

    /// <summary>False for a site known only from guards' shift starts, never configured.</summary>
    [Id(7)] public bool Configured { get; init; }
}
