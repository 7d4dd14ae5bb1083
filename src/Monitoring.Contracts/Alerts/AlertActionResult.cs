namespace Monitoring.Contracts.Alerts;

/// <summary>The outcome of an operator's action and the alert as it stands afterwards.</summary>
[GenerateSerializer, Immutable, Alias("alert-action-result")]
public sealed record AlertActionResult(
    [property: Id(0)] ActionOutcome Outcome,
    [property: Id(1)] Alert? Alert);
