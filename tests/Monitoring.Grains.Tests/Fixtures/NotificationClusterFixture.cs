using Monitoring.Domain.Inactivity;

namespace Monitoring.Grains.Tests.Fixtures;

/// <summary>A cluster of its own for the notifier's tests: their flushes and repeats stay due on its scheduler, away from tests that count scheduled jobs.</summary>
public sealed class NotificationClusterFixture : ClusterFixture
{
    protected override InactivitySettings Settings => InactivitySettings.Default;
}
