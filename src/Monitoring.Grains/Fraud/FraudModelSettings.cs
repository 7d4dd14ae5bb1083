namespace Monitoring.Grains.Fraud;

/// <summary>
/// Fraud model training and loading: the labelled rows' window (the ledger keeps 30 days), the most
/// rows read, the weekly retraining period, how often each silo asks which version is active, and
/// the longest a job may stay queued or running without word before it counts as lost.
/// </summary>
public sealed record FraudModelSettings(TimeSpan Window, int MaxRows, TimeSpan RetrainPeriod, TimeSpan RefreshPeriod, TimeSpan JobTimeout)
{
    public static FraudModelSettings Default { get; } = new(TimeSpan.FromDays(30), 100_000, TimeSpan.FromDays(7), TimeSpan.FromSeconds(5), TimeSpan.FromHours(1));
}
