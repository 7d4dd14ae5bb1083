namespace Monitoring.Server.Tests.Fixtures;

/// <summary>A host for the inactivity lifecycle and the admin clock; tests move its clock forward only, from 06:00Z.</summary>
public sealed class InactivityHostFixture : HostFixture
{
    protected override DateTimeOffset? ClockStart => new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);
}
