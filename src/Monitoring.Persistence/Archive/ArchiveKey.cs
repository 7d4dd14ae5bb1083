namespace Monitoring.Persistence.Archive;

/// <summary>The archive's identity of an event (its unique index).</summary>
internal readonly record struct ArchiveKey(string Tenant, string DeviceId, DateTime Ts, long Seq);
