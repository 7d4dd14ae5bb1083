namespace Monitoring.Grains.Sites;

/// <summary>A guard's standing at a site, as the guard last reported it.</summary>
[GenerateSerializer, Alias("guard-standing")]
public sealed record GuardStanding(
    [property: Id(0)] bool OnShift,
    [property: Id(1)] bool IsInactive);
