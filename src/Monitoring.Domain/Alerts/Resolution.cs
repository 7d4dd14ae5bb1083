namespace Monitoring.Domain.Alerts;

/// <summary>How a resolved alert ended. <see cref="Cleared"/> is the system's own: the condition went away.</summary>
public enum Resolution : byte
{
    Confirmed,
    FalsePositive,
    Resolved,
    Cleared,
}
