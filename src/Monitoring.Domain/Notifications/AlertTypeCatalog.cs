using Monitoring.Domain.Baselines;
using Monitoring.Domain.Rules;

namespace Monitoring.Domain.Notifications;

/// <summary>Every alert type routes, silences and inhibition rules may name: the device-health rules, inactivity, baseline anomalies and fraud risk.</summary>
public static class AlertTypeCatalog
{
    public const string Inactivity = "inactivity";
    public const string FraudRisk = "fraud_risk";

    public static IReadOnlyList<string> All { get; } = [.. RuleTypes.All, Inactivity, BaselineDetector.AlertType, FraudRisk];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type, StringComparer.Ordinal);

    public static string Known => string.Join(", ", All);
}
