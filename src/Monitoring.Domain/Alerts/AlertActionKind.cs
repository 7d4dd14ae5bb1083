namespace Monitoring.Domain.Alerts;

/// <summary>An operator's action on an alert.</summary>
public enum AlertActionKind : byte
{
    Acknowledge,
    Verify,
    Resolve,
}
