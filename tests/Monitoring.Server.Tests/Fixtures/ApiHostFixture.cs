namespace Monitoring.Server.Tests.Fixtures;

/// <summary>A host whose manual clock stands still at a fixed time: ingest, queries, validation and auth.</summary>
public sealed class ApiHostFixture : HostFixture
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    protected override DateTimeOffset? ClockStart => Start;
}
