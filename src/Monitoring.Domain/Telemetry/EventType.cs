namespace Monitoring.Domain.Telemetry;

/// <summary>What a telemetry event reports. The wire names are lower_snake (see <see cref="EventTypes"/>).</summary>
public enum EventType : byte
{
    Heartbeat,
    Location,
    Phone,
    TaskCompleted,
    Checkpoint,
    Biometric,
    ShiftStart,
    ShiftEnd,
    BreakStart,
    BreakEnd,
}
