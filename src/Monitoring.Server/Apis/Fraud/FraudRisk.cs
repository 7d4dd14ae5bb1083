using System.Collections.Immutable;
using Monitoring.Contracts.Fraud;
using Monitoring.Domain.Telemetry;

namespace Monitoring.Server.Apis.Fraud;

/// <summary>A guard at risk: its latest scored event (which device and seq, when, what kind), the score, the rule-based score beside it, and why.</summary>
internal sealed record FraudRisk(
    string GuardId, string SiteId, string DeviceId, long Seq, DateTimeOffset At, string EventType,
    double Score, double RuleScore, string ModelVersion, ImmutableArray<FraudContribution> Top, string? AlertId)
{
    public static FraudRisk Of(FraudScore s) =>
        new(s.GuardId, s.SiteId, s.DeviceId, s.Seq, s.At, s.EventType.ToWire(), s.Score, s.RuleScore, s.ModelVersion, s.Top, s.AlertId);
}
