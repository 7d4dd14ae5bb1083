namespace Monitoring.Grains.Placement;

/// <summary>Where a guard's device and guard grains are activated (<c>Monitoring__Silo__Placement</c>).</summary>
public enum GuardPlacementMode
{
    /// <summary>On the silo that first calls them: the gateway a front-end's call reaches, or the host that took the batch.</summary>
    Local,

    /// <summary>Orleans' default for every other grain: the silo with the most room (CPU, memory, activations).</summary>
    Resource,

    /// <summary>On the silo the guard's key hashes to (rendezvous hashing), the device with the guard its batch names.</summary>
    Guard,
}
