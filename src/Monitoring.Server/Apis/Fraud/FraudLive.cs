namespace Monitoring.Server.Apis.Fraud;

/// <summary>
/// <c>GET /api/v1/fraud/live</c>: guards whose latest event scored in [<see cref="From"/>, <see cref="To"/>]
/// is above 0.5, riskiest first. <see cref="Truncated"/>: the window held more events than one read takes.
/// </summary>
internal sealed record FraudLive(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<FraudRisk> Items, bool Truncated);
