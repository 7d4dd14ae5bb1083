namespace Monitoring.Fleet.Night;

/// <summary>The event <c>type</c> names of the ingest contract (docs/api.md).</summary>
internal static class EventTypes
{
    public const string Heartbeat = "heartbeat";
    public const string Location = "location";
    public const string Phone = "phone";
    public const string Task = "task";
    public const string Checkpoint = "checkpoint";
    public const string Biometric = "biometric";
    public const string ShiftStart = "shift_start";
    public const string ShiftEnd = "shift_end";
    public const string BreakStart = "break_start";
    public const string BreakEnd = "break_end";
}
