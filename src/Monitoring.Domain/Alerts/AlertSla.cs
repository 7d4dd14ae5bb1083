namespace Monitoring.Domain.Alerts;

/// <summary>How long an operator has to acknowledge an alert before it escalates.</summary>
public static class AlertSla
{
    /// <summary>Inactivity answers within 5 minutes when critical; less urgent scores get more time.</summary>
    public static TimeSpan ForInactivity(Severity severity) => severity switch
    {
        Severity.Critical => TimeSpan.FromMinutes(5),
        Severity.High => TimeSpan.FromMinutes(10),
        Severity.Medium => TimeSpan.FromMinutes(15),
        _ => TimeSpan.FromMinutes(30),
    };
}
