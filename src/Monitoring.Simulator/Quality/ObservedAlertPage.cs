namespace Monitoring.Simulator.Quality;

/// <summary>One page of <c>GET /api/v1/alerts</c>, newest first; <see cref="NextCursor"/> is null on the last.</summary>
internal sealed record ObservedAlertPage(IReadOnlyList<ObservedAlert> Items, string? NextCursor);
