namespace Monitoring.Grains.Storage.Audit;

/// <summary>
/// The audit log of admin and configuration changes. The web host writes it (no grain does); it is
/// a storage port like the others so the mode is chosen once: memory on the embedded default,
/// PostgreSQL in production.
/// </summary>
public interface IAuditLog
{
    /// <summary>Stores a record and returns it with its id.</summary>
    Task<AuditRecord> AppendAsync(AuditRecord record);

    Task<AuditPage> ReadAsync(AuditQuery query);

    /// <summary>
    /// Deletes every tenant's records made before <paramref name="cutoff"/> (the monitoring clock's
    /// time, as <see cref="AuditRecord.At"/>); returns how many went. The retention calls it.
    /// </summary>
    Task<long> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
