namespace Monitoring.Domain.Activity;

/// <summary>The activity signals the inactivity score looks at, besides movement.</summary>
public enum ActivityKind : byte
{
    None,
    Phone,
    Task,
    Checkpoint,
}
