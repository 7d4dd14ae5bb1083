namespace Monitoring.Server.Apis;

/// <summary>Managed memory of this host (for capacity measurements).</summary>
internal sealed record MemoryResponse(long ManagedBytes, long HeapSizeBytes, long WorkingSetBytes, int Gen2Collections);
