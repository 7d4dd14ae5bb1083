using System.Net;
using Monitoring.Server.Ingest;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Telemetry;

/// <summary>
/// An event older than the retention window (30 days by default), measured on the host's monitoring
/// clock, is rejected per event: it would only make an archive partition that retention drops.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TelemetryTimeBoundTests(ApiHostFixture host)
{
    [Fact]
    public async Task Telemetry_TsOlderThanRetention_RejectedOnTheMonitoringClock()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);

        var result = await phone.TrySendAsync(
            phone.Event("heartbeat", now.AddDays(-29)),
            phone.Event("heartbeat", now.AddDays(-30).AddSeconds(1)),
            phone.Event("heartbeat", now.AddDays(-30).AddSeconds(-1)),
            phone.Event("heartbeat", now.AddDays(-400)));

        Assert.Equal(2, result.Int("accepted"));
        Assert.Equal([2, 3], result.Items("rejected").Select(r => r.Int("index")));
        Assert.All(result.Items("rejected"), r =>
        {
            Assert.Equal("ts", r.Str("field"));
            Assert.Equal("ts: older than the 30-day retention window", r.Str("error"));
        });
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00")]
    [InlineData("0001-01-01")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("0001-01-01T00:30:00+14:00")]
    [InlineData("9999-12-31T23:59:59.9999999Z")]
    [InlineData("9999-12-31T23:59:59-12:00")]
    [InlineData("1970-01-01T00:00:00Z")]
    public async Task Telemetry_TsAtTheEndsOfTime_RejectedPerEvent(string ts)
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var bad = phone.ShiftStart(now);
        bad["ts"] = ts;
        bad["shiftEndsAt"] = ts;

        var result = await phone.TrySendAsync(phone.Event("heartbeat", now), bad, phone.Event("phone", now));

        Assert.Equal(2, result.Int("accepted"));
        var rejected = Assert.Single(result.Items("rejected"));
        Assert.Equal(1, rejected.Int("index"));
        Assert.Equal("ts", rejected.Str("field"));
        await (await host.Viewer().GetAsync($"api/v1/guards/{phone.GuardId}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Telemetry_OldShiftStartWithItsEnd_RejectedOnTs()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var shift = phone.ShiftStart(now.AddDays(-31));
        shift["shiftEndsAt"] = Iso.Of(now.AddDays(-31).AddHours(8));

        var result = await phone.TrySendAsync(shift);

        Assert.Equal("ts", Assert.Single(result.Items("rejected")).Str("field"));
        await (await host.Viewer().GetAsync($"api/v1/guards/{phone.GuardId}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(3155378975999999999L)]
    public void IngestScope_ClockAtTheEndsOfTime_BoundsSaturateInsteadOfThrowing(long ticks)
    {
        var now = new DateTimeOffset(ticks, TimeSpan.Zero);

        var scope = new IngestScope(now, 30);

        Assert.InRange(scope.Oldest, DateTimeOffset.MinValue, now);
        Assert.InRange(scope.Latest, now, DateTimeOffset.MaxValue);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(7, 7)]
    public void IngestScope_RetentionDays_AtLeastOneDay(int setting, int days)
    {
        var now = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

        var scope = new IngestScope(now, setting);

        Assert.Equal(now.AddDays(-days), scope.Oldest);
    }
}
