using System.Collections.Immutable;

namespace Monitoring.Contracts.Alerts;

/// <summary>One page of alerts and whether more follow.</summary>
[GenerateSerializer, Immutable, Alias("alert-page")]
public sealed record AlertPage(
    [property: Id(0)] ImmutableArray<Alert> Items,
    [property: Id(1)] bool HasMore);
