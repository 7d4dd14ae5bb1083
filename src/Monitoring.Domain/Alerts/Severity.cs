namespace Monitoring.Domain.Alerts;

/// <summary>How urgent an alert, incident or score is. Ordered: a higher value is more urgent.</summary>
public enum Severity : byte
{
    Low,
    Medium,
    High,
    Critical,
}
