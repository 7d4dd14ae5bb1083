namespace Monitoring.Simulator.Http;

/// <summary>The answer of <c>GET /api/v1/admin/memory</c>.</summary>
internal sealed record MemoryReading(long ManagedBytes, long HeapSizeBytes, long WorkingSetBytes, int Gen2Collections);
