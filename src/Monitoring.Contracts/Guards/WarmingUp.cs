namespace Monitoring.Contracts.Guards;

/// <summary>
/// A guard whose evaluation window does not lie inside the shift yet: <see cref="Minutes"/> of the
/// window's <see cref="Of"/> minutes are duty so far (declared breaks left out). Until the window is
/// full, the guard has no score and no severity, and no inactivity alert can be raised.
/// </summary>
[GenerateSerializer, Immutable, Alias("warming-up")]
public sealed record WarmingUp(
    [property: Id(0)] int Minutes,
    [property: Id(1)] int Of);
