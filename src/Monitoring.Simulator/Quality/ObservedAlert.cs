namespace Monitoring.Simulator.Quality;

/// <summary>
/// An alert as read back from <c>GET /api/v1/alerts</c>: only what scoring needs. An alert with
/// <see cref="InhibitedBy"/> or <see cref="SilencedBy"/> set was raised and recorded but notified
/// nobody (hosts before notifications never set them).
/// </summary>
internal sealed record ObservedAlert(
    string AlertId,
    string Type,
    string? GuardId,
    string? DeviceId,
    string? SiteId,
    DateTimeOffset RaisedAt,
    string? InhibitedBy = null,
    string? SilencedBy = null)
{
    public bool Notified => InhibitedBy is null && SilencedBy is null;
}
