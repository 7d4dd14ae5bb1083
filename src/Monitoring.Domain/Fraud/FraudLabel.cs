namespace Monitoring.Domain.Fraud;

/// <summary>An operator's or auditor's verdict on a scored event: the training label.</summary>
public enum FraudLabel : byte
{
    /// <summary>Not fraud (an alert resolved false_positive, or an audit that found nothing).</summary>
    Legit,

    /// <summary>Fraud (an alert or fraud ticket resolved confirmed, or an audit that found it).</summary>
    Fraud,
}
