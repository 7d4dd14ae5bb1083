namespace Monitoring.Domain.Alerts;

/// <summary>Where an alert is in its workflow.</summary>
public enum AlertStatus : byte
{
    Active,
    Acknowledged,
    Verifying,
    Resolved,
}
