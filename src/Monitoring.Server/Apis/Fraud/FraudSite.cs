namespace Monitoring.Server.Apis.Fraud;

/// <summary>One site's heat: scored events, mean and max score, how many scored above 0.5 and at or above 0.8.</summary>
internal sealed record FraudSite(string SiteId, int Events, double MeanScore, double MaxScore, int AboveRisk, int AboveAlert);
