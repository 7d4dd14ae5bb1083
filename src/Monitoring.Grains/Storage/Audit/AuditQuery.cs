namespace Monitoring.Grains.Storage.Audit;

/// <summary>
/// Which audit records to read, newest first: of these tenants, optionally one resource kind, one
/// actor, at or after a time, and older than a record already returned (<see cref="BeforeId"/>).
/// </summary>
public sealed record AuditQuery(
    IReadOnlyList<string> Tenants,
    string? Resource,
    string? Actor,
    DateTimeOffset? Since,
    long? BeforeId,
    int Limit);
