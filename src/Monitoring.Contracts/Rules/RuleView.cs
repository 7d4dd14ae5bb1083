using Monitoring.Domain.Alerts;
using Monitoring.Domain.Rules;

namespace Monitoring.Contracts.Rules;

/// <summary>
/// One row of the rule table in force, as the API shows it: "<see cref="Signal"/>
/// <see cref="Comparison"/> <see cref="Threshold"/> for <see cref="DurationS"/>", and where the row
/// comes from. Spans are in seconds.
/// </summary>
[GenerateSerializer, Immutable, Alias("rule-view")]
public sealed record RuleView
{
    /// <summary>The alert type the rule raises, e.g. battery_low.</summary>
    [Id(0)] public required string Type { get; init; }

    /// <summary>What the rule measures, e.g. battery_pct (fixed per type).</summary>
    [Id(1)] public required string Signal { get; init; }

    /// <summary>How the signal is compared with the threshold (fixed per type).</summary>
    [Id(2)] public required Comparison Comparison { get; init; }

    /// <summary>The threshold, in the signal's unit.</summary>
    [Id(3)] public required double Threshold { get; init; }

    /// <summary>How long the condition must hold before the alert is raised, in seconds.</summary>
    [Id(4)] public required double DurationS { get; init; }

    /// <summary>How long the condition must stay false before the alert clears, in seconds.</summary>
    [Id(5)] public required double HoldS { get; init; }

    /// <summary>The severity of the alert.</summary>
    [Id(6)] public required Severity Severity { get; init; }

    /// <summary>The acknowledgement SLA of the alert, in seconds.</summary>
    [Id(7)] public required double SlaS { get; init; }

    /// <summary>The lookback of a windowed signal in seconds; null for the signals that take none.</summary>
    [Id(8)] public double? WindowS { get; init; }

    /// <summary>Beyond this threshold the same alert takes <see cref="EscalatedSeverity"/>; null without escalation.</summary>
    [Id(9)] public double? EscalatedThreshold { get; init; }

    /// <summary>The severity past <see cref="EscalatedThreshold"/>; null without escalation.</summary>
    [Id(10)] public Severity? EscalatedSeverity { get; init; }

    /// <summary>False when the rule raises nothing.</summary>
    [Id(11)] public bool Enabled { get; init; } = true;

    /// <summary>Where the row comes from: default, tenant or site (<see cref="RuleScopes"/>).</summary>
    [Id(12)] public required string Scope { get; init; }

    /// <summary>The site whose override this row is; null unless the scope is site.</summary>
    [Id(13)] public string? SiteId { get; init; }
}
