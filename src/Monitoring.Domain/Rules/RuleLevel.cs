using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Rules;

/// <summary>One severity step of a condition: the alert type and SLA it carries once the signal passes the threshold.</summary>
public sealed record RuleLevel(string Type, double Threshold, Severity Severity, TimeSpan Sla);
