using Monitoring.Domain.Inactivity;

namespace Monitoring.Grains.Tests.Fixtures;

/// <summary>A cluster whose evaluation reminder ticks every second of real time.</summary>
public sealed class ReminderClusterFixture : ClusterFixture
{
    protected override InactivitySettings Settings { get; } =
        InactivitySettings.Default with { EvaluationPeriod = TimeSpan.FromSeconds(1) };
}
