using Monitoring.Domain.Inactivity;
using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Tests.Fixtures;

/// <summary>
/// A cluster whose evaluation reminder ticks every second of real time. Reminders are on, so guards
/// register them as they do on PostgreSQL (the in-memory service behaves alike).
/// </summary>
public sealed class ReminderClusterFixture : ClusterFixture
{
    protected override InactivitySettings Settings { get; } =
        InactivitySettings.Default with { EvaluationPeriod = TimeSpan.FromSeconds(1) };

    protected override ReminderPolicy Reminders => ReminderPolicy.On;
}
