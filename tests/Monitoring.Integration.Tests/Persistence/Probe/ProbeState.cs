namespace Monitoring.Integration.Tests.Persistence.Probe;

/// <summary>The probe grain's persistent state.</summary>
[GenerateSerializer, Alias("probe-state")]
public sealed class ProbeState
{
    [Id(0)] public string? Value { get; set; }

    [Id(1)] public int Writes { get; set; }

    [Id(2)] public DateTimeOffset? WrittenAt { get; set; }
}
