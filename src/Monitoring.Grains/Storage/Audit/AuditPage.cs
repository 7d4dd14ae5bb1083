namespace Monitoring.Grains.Storage.Audit;

/// <summary>One page of audit records, newest first, and whether older ones follow.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRecord> Items, bool HasMore);
