using Orleans.Placement;

namespace Monitoring.Grains.Placement;

/// <summary>Marks the grains one guard's telemetry passes through, so they are placed together.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
internal sealed class GuardPlacementAttribute() : PlacementAttribute(new GuardPlacementStrategy());
