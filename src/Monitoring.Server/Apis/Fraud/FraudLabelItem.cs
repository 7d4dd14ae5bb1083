namespace Monitoring.Server.Apis.Fraud;

/// <summary>One verdict: the scored event (device and seq) and <c>fraud</c> or <c>legit</c>.</summary>
internal sealed record FraudLabelItem(string? DeviceId, long? Seq, string? Label);
