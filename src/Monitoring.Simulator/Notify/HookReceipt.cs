namespace Monitoring.Simulator.Notify;

/// <summary>One request the receiver got: whose, its idempotency key, whether it was accepted, and the alerts it named.</summary>
internal sealed record HookReceipt(
    string ContactId, string Key, DateTimeOffset At, bool Accepted, bool SignatureValid, int Tier, string Reason,
    IReadOnlyList<string> AlertIds);
