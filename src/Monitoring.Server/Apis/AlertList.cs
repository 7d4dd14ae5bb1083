using Monitoring.Contracts.Alerts;

namespace Monitoring.Server.Apis;

/// <summary>One page of <c>GET /api/v1/alerts</c>.</summary>
internal sealed record AlertList(IReadOnlyList<Alert> Items, string? NextCursor);
