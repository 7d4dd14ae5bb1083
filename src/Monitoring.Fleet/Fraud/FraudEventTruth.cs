namespace Monitoring.Fleet.Fraud;

/// <summary>Ground truth of one attendance event (shift_start, biometric, checkpoint): which event, whose, and whether it was fraud.</summary>
internal sealed record FraudEventTruth(string DeviceId, long Seq, string GuardId, string Type, FraudBehaviour Behaviour, bool IsFraud);
