namespace Monitoring.Simulator.Fraud;

/// <summary>The part of a scored event (<c>GET /api/v1/fraud/guards/{id}</c>) the evaluation reads.</summary>
internal sealed record ScoredEvent(string DeviceId, long Seq, double Score, double RuleScore, string ModelVersion);
