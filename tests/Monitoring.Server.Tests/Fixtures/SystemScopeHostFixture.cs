namespace Monitoring.Server.Tests.Fixtures;

/// <summary>A manual-clock host whose tests move the clock by up to a week per call, so no other test shares it.</summary>
public sealed class SystemScopeHostFixture : HostFixture
{
    protected override DateTimeOffset? ClockStart => new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
}
