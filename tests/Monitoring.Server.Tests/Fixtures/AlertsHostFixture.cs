namespace Monitoring.Server.Tests.Fixtures;

/// <summary>
/// A host whose manual clock the alert tests move forward, 30-odd minutes per alert. It starts at
/// 06:00Z and the tests' sites are in UTC, so the whole run stays clear of deep night (01:00-05:00).
/// </summary>
public sealed class AlertsHostFixture : HostFixture
{
    protected override DateTimeOffset? ClockStart => new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero);
}
