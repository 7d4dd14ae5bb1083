using Monitoring.Domain.Alerts;

namespace Monitoring.Contracts.Incidents;

/// <summary>
/// What flows on a site's stream to its correlation grain: an alert as it stands now
/// (<see cref="Kind"/> <see cref="AlertKind"/>; the correlation grain ignores any other kind). It is
/// also the correlation grain's stored copy of each alert, where <see cref="Score"/> is left null.
/// <see cref="Revision"/> is the alert's number of history entries when it was sent: it grows with
/// every change of status or severity, so the correlation grain can tell a signal delivered again
/// or late (durable streams deliver at least once, not always in order) from a newer one.
/// </summary>
[GenerateSerializer, Immutable, Alias("site-signal")]
public sealed record SiteSignal(
    [property: Id(0)] string Kind,
    [property: Id(1)] string? AlertId,
    [property: Id(2)] string Type,
    [property: Id(3)] Severity Severity,
    [property: Id(4)] string SiteId,
    [property: Id(5)] string? GuardId,
    [property: Id(6)] DateTimeOffset At,
    [property: Id(7)] bool Open,
    [property: Id(8)] double? Score,
    [property: Id(9)] int Revision = 0)
{
    /// <summary>The stream namespace; the stream key is <c>{tenant}/{siteId}</c>.</summary>
    public const string StreamNamespace = "site-signals";

    /// <summary>The stream provider's name.</summary>
    public const string StreamProvider = "signals";

    /// <summary>Kind of an alert signal.</summary>
    public const string AlertKind = "alert";
}
