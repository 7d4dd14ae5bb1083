namespace Monitoring.Simulator.Memory;

/// <summary>The settings of the <c>memory</c> verb (see <see cref="MemoryOptions"/>).</summary>
internal sealed record MemorySettings(
    Uri Url, string Key, int Guards, int Batch, int Concurrency, int Sites, int Settle, int Minutes, int Hours);
