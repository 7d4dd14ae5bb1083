namespace Monitoring.Server.Apis;

/// <summary>One page of <c>GET /api/v1/audit</c>, newest first.</summary>
internal sealed record AuditList(IReadOnlyList<AuditEntry> Items, string? NextCursor);
