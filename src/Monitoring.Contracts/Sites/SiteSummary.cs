namespace Monitoring.Contracts.Sites;

/// <summary>A site with its live counts.</summary>
[GenerateSerializer, Immutable, Alias("site-summary")]
public sealed record SiteSummary
{
    /// <summary>Site id (without tenant).</summary>
    [Id(0)] public required string SiteId { get; init; }

    /// <summary>Display name.</summary>
    [Id(1)] public required string Name { get; init; }

    /// <summary>IANA time zone id.</summary>
    [Id(2)] public required string TimeZone { get; init; }

    /// <summary>Latitude of the site centre.</summary>
    [Id(3)] public double? Lat { get; init; }

    /// <summary>Longitude of the site centre.</summary>
    [Id(4)] public double? Lon { get; init; }

    /// <summary>Geofence radius in metres.</summary>
    [Id(5)] public double? GeofenceRadiusM { get; init; }

    /// <summary>Site inactivity threshold, or null for the tenant default.</summary>
    [Id(6)] public double? InactivityThreshold { get; init; }

    /// <summary>Whether an admin configured the site.</summary>
    [Id(7)] public bool Configured { get; init; }

    /// <summary>Guards on shift at the site now.</summary>
    [Id(8)] public int GuardsOnShift { get; init; }

    /// <summary>Guards whose last evaluation found them inactive.</summary>
    [Id(9)] public int InactiveGuards { get; init; }

    /// <summary>Open alerts by severity.</summary>
    [Id(10)] public required AlertCounts ActiveAlerts { get; init; }

    /// <summary>The on-shift guard with the highest inactivity score at its last evaluation (null: none scored yet).</summary>
    [Id(11)] public string? WorstGuardId { get; init; }

    /// <summary>That guard's score (0..1), null when there is no such guard.</summary>
    [Id(12)] public double? WorstGuardScore { get; init; }
}
