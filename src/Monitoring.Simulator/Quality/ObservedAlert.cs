namespace Monitoring.Simulator.Quality;

/// <summary>An alert as read back from <c>GET /api/v1/alerts</c>: only what scoring needs.</summary>
internal sealed record ObservedAlert(string AlertId, string Type, string? GuardId, string? DeviceId, string? SiteId, DateTimeOffset RaisedAt);
