namespace Monitoring.Contracts.Sites;

/// <summary>Open alerts by severity.</summary>
[GenerateSerializer, Immutable, Alias("alert-counts")]
public sealed record AlertCounts(
    [property: Id(0)] int Critical,
    [property: Id(1)] int High,
    [property: Id(2)] int Medium,
    [property: Id(3)] int Low);
