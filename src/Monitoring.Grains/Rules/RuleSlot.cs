using Monitoring.Domain.Rules;
using Monitoring.Grains.Alerts;

namespace Monitoring.Grains.Rules;

/// <summary>One health rule's condition state and the alert it has open (plain data for storage).</summary>
[GenerateSerializer, Alias("device-rule-slot")]
public sealed class RuleSlot : IOwnedAlertSlot
{
    [Id(0)] public DateTimeOffset? LastSampleAt { get; set; }
    [Id(1)] public DateTimeOffset? RunSince { get; set; }
    [Id(2)] public int? RunLevel { get; set; }
    [Id(3)] public int? AlertLevel { get; set; }
    [Id(4)] public int? SilencedLevel { get; set; }

    /// <summary>The alert this rule raised and that is still open (as far as the rule knows), or one reserved for a raise (<see cref="OwnedAlert"/>).</summary>
    [Id(5)] public string? AlertId { get; set; }

    public RuleState State
    {
        get => new(LastSampleAt, RunSince, RunLevel, AlertLevel, SilencedLevel);
        set => (LastSampleAt, RunSince, RunLevel, AlertLevel, SilencedLevel) =
            (value.LastSampleAt, value.RunSince, value.RunLevel, value.AlertLevel, value.SilencedLevel);
    }
}
