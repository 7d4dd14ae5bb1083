using Monitoring.Contracts.Fraud;

namespace Monitoring.Server.Apis.Fraud;

/// <summary>
/// <c>GET /api/v1/fraud/guards/{guardId}</c>: the guard's scored events since <see cref="From"/>, newest
/// first (each with its features, top contributions, linked alert and label), and the fraud_risk alerts
/// raised for it. <see cref="Truncated"/>: more events than <see cref="FraudApi.MaxGuardEvents"/>.
/// </summary>
internal sealed record FraudGuardHistory(
    string GuardId, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<FraudScore> Events, bool Truncated,
    IReadOnlyList<GuardHistoryAlert> Alerts);
