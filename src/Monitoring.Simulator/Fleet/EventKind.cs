namespace Monitoring.Simulator.Fleet;

/// <summary>The event types the virtual phones send.</summary>
internal enum EventKind
{
    Heartbeat,
    Location,
    Phone,
    Task,
    Checkpoint,
}
