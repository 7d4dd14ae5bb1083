namespace Monitoring.Server.Apis.Fraud;

/// <summary><c>GET /api/v1/fraud/sites</c>: per-site heat over [<see cref="From"/>, <see cref="To"/>], hottest first.</summary>
internal sealed record FraudSiteHeat(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<FraudSite> Items, bool Truncated);
