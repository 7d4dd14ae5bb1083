namespace Monitoring.Server.Tests.Fixtures;

/// <summary>A host of its own for the incident workspace's API tests (they move the clock to raise real alerts).</summary>
public sealed class IncidentsHostFixture : HostFixture
{
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    protected override DateTimeOffset? ClockStart => Start;
}
