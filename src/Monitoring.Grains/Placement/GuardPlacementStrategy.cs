namespace Monitoring.Grains.Placement;

/// <summary>The placement of a guard's grains; <see cref="GuardPlacementDirector"/> decides by the configured mode.</summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking, Alias("guard-placement")]
public sealed class GuardPlacementStrategy : PlacementStrategy;
