using System.Collections.Immutable;
using Monitoring.Domain.Alerts;

namespace Monitoring.Contracts.Notifications;

/// <summary>
/// Which alerts go to whom. An alert matches when every non-empty matcher holds (site, type,
/// severity, site-local hours); every matching route's contacts at a tier are notified at that tier,
/// each once. The group timings are Alertmanager's: how long a new group waits to collect
/// alerts, how soon a group already notified sends what joined it, and when a still-firing group is
/// sent again.
/// </summary>
[GenerateSerializer, Immutable, Alias("route")]
public sealed record Route
{
    /// <summary>Route id (tenant-unique, chosen by the admin).</summary>
    [Id(0)] public required string RouteId { get; init; }

    /// <summary>Display name.</summary>
    [Id(1)] public string? Name { get; init; }

    /// <summary>Sites matched (empty: every site).</summary>
    [Id(2)] public ImmutableArray<string> SiteIds { get; init; } = [];

    /// <summary>Alert types matched (empty: every type).</summary>
    [Id(3)] public ImmutableArray<string> Types { get; init; } = [];

    /// <summary>Severities matched (empty: every severity).</summary>
    [Id(4)] public ImmutableArray<Severity> Severities { get; init; } = [];

    /// <summary>Site-local hours matched (null: all day).</summary>
    [Id(5)] public HourWindow? Hours { get; init; }

    /// <summary>Contacts per tier (at least one tier, tiers 0..3, each once).</summary>
    [Id(6)] public ImmutableArray<RouteTier> Tiers { get; init; } = [];

    /// <summary>Seconds a new group waits before its first message.</summary>
    [Id(7)] public int GroupWaitS { get; init; } = 30;

    /// <summary>Seconds between messages about alerts joining a group already notified.</summary>
    [Id(8)] public int GroupIntervalS { get; init; } = 300;

    /// <summary>Seconds after which a group still firing is notified again.</summary>
    [Id(9)] public int RepeatIntervalS { get; init; } = 14_400;

    /// <summary>When the route was last changed (host clock).</summary>
    [Id(10)] public DateTimeOffset UpdatedAt { get; init; }
}
