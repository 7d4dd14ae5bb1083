namespace Monitoring.Server.Tests.Fixtures;

/// <summary>A host of its own for the live-feed tests (their envelopes must not mix with other suites').</summary>
public sealed class FeedHostFixture : HostFixture
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    protected override DateTimeOffset? ClockStart => Start;
}
