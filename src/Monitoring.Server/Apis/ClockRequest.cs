namespace Monitoring.Server.Apis;

/// <summary>The body of <c>POST /api/v1/admin/clock</c>.</summary>
internal sealed record ClockRequest(DateTimeOffset? Now);
