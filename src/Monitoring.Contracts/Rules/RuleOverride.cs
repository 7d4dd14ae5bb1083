using Monitoring.Domain.Alerts;
using Monitoring.Domain.Rules;

namespace Monitoring.Contracts.Rules;

/// <summary>
/// A tenant's or site's replacement for one whole row of the rule table. Spans are in seconds.
/// <see cref="Signal"/> and <see cref="Comparison"/> are fixed per type: null means the type's own,
/// anything else must equal it.
/// </summary>
[GenerateSerializer, Immutable, Alias("rule-override")]
public sealed record RuleOverride
{
    /// <summary>The rule type the override replaces, e.g. battery_low.</summary>
    [Id(0)] public required string Type { get; init; }

    /// <summary>The threshold, in the signal's unit.</summary>
    [Id(1)] public required double Threshold { get; init; }

    /// <summary>How long the condition must hold before the alert is raised, in seconds.</summary>
    [Id(2)] public required double DurationS { get; init; }

    /// <summary>How long the condition must stay false before the alert clears, in seconds; null for the duration.</summary>
    [Id(3)] public double? HoldS { get; init; }

    /// <summary>The severity of the alert.</summary>
    [Id(4)] public required Severity Severity { get; init; }

    /// <summary>The acknowledgement SLA, in seconds.</summary>
    [Id(5)] public required double SlaS { get; init; }

    /// <summary>The lookback of a windowed signal in seconds; 0 for the signals that take none.</summary>
    [Id(6)] public double WindowS { get; init; }

    /// <summary>The escalation threshold; null without escalation.</summary>
    [Id(7)] public double? EscalatedThreshold { get; init; }

    /// <summary>The severity past the escalation threshold; null without escalation.</summary>
    [Id(8)] public Severity? EscalatedSeverity { get; init; }

    /// <summary>False to raise nothing for this type.</summary>
    [Id(9)] public bool Enabled { get; init; } = true;

    /// <summary>The signal; null for the type's own.</summary>
    [Id(10)] public string? Signal { get; init; }

    /// <summary>The comparison; null for the type's own.</summary>
    [Id(11)] public Comparison? Comparison { get; init; }
}
