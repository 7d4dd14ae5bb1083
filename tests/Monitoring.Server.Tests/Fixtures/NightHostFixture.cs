namespace Monitoring.Server.Tests.Fixtures;

/// <summary>A host of its own for the scripted night, which sets the clock to a fixed evening.</summary>
public sealed class NightHostFixture : HostFixture
{
    protected override DateTimeOffset? ClockStart => new DateTimeOffset(2026, 11, 26, 21, 0, 0, TimeSpan.Zero);
}
