namespace Monitoring.Contracts.Guards;

/// <summary>Where the guard was: the centre of the newest minute with GPS fixes before an evaluation (to about a metre).</summary>
[GenerateSerializer, Immutable, Alias("guard-fix")]
public sealed record GuardFix(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] double Lat,
    [property: Id(2)] double Lon);
