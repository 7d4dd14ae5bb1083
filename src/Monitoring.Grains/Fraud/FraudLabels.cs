using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Fraud;
using Monitoring.Domain.Notifications;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Fraud;

/// <summary>
/// Operator outcomes as training labels: a fraud_risk alert (or the fraud ticket it opened) resolved
/// confirmed labels the events it was raised or updated for Fraud, false_positive labels them Legit;
/// other resolutions label nothing.
/// </summary>
internal static class FraudLabels
{
    /// <summary>How far back from the alert's raise its events are looked for (they are scored before the raise).</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(5);

    /// <summary>The label an alert's resolution gives, or null when it gives none.</summary>
    public static FraudLabel? Of(Alert alert) => alert switch
    {
        { Type: AlertTypeCatalog.FraudRisk, Status: AlertStatus.Resolved, Resolution: Resolution.Confirmed } => FraudLabel.Fraud,
        { Type: AlertTypeCatalog.FraudRisk, Status: AlertStatus.Resolved, Resolution: Resolution.FalsePositive } => FraudLabel.Legit,
        _ => null,
    };

    /// <summary>The label a fraud ticket's verdict gives, or null.</summary>
    public static FraudLabel? Of(Resolution? verdict) => verdict switch
    {
        Resolution.Confirmed => FraudLabel.Fraud,
        Resolution.FalsePositive => FraudLabel.Legit,
        _ => null,
    };

    /// <summary>Labels the ledger rows linked to the alert, and the event its evidence names, by the alert's own resolution; how many were labelled.</summary>
    public static Task<int> ApplyAsync(IFraudLedger ledger, string tenant, Alert alert) =>
        Of(alert) is { } label ? ApplyAsync(ledger, tenant, alert, label) : Task.FromResult(0);

    /// <summary>Labels a fraud_risk alert's ledger rows, and the event its evidence names, with <paramref name="label"/>; how many were labelled.</summary>
    public static async Task<int> ApplyAsync(IFraudLedger ledger, string tenant, Alert alert, FraudLabel label)
    {
        if (alert.Type != AlertTypeCatalog.FraudRisk)
        {
            return 0;
        }

        var labelled = 0;
        var rows = await ledger.QueryAsync(tenant, new FraudLedgerQuery(alert.GuardId, null, alert.RaisedAt - Slack, 0, 10_000));
        var named = FraudEvidence.EventOf(alert.EvidenceJson);
        foreach (var row in rows)
        {
            if (row.AlertId == alert.AlertId && (row.DeviceId, row.Seq) != named)
            {
                labelled += await ledger.LabelAsync(tenant, row.DeviceId, row.Seq, label) ? 1 : 0;
            }
        }

        if (named is { } e)
        {
            labelled += await ledger.LabelAsync(tenant, e.DeviceId, e.Seq, label) ? 1 : 0;
        }

        return labelled;
    }
}
