using System.Text.Json;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Json;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Guards;

/// <summary>A guard who works the same hour every week learns it; a sharp drop in that hour raises baseline_anomaly.</summary>
[Collection(ScheduledCollection.Name)]
public sealed class BaselineAnomalyTests(ScheduledClusterFixture fixture)
{
    [Fact]
    public async Task StablePattern_ThenCheckpointsStop_OneBaselineAnomalyNotInactivity()
    {
        var guard = new GuardScenario(fixture);
        var week0 = NextSunday21(fixture.Clock.GetUtcNow());
        for (var week = 0; week < 3; week++)
        {
            await WorkAsync(guard, week0.AddDays(7 * week), scanCheckpoints: true);
        }

        // The view shows the hour the clock is in (Sunday 23:00 now: one evaluation a week falls in it).
        var state = await guard.Guard.GetAsync();
        Assert.Equal((6 * 24) + 23, state!.Baseline!.HourOfWeek);
        Assert.Equal(3, state.Baseline.Samples);
        Assert.Equal("default", state.Baseline.ThresholdReason);
        Assert.True(state.Baseline.Means.CheckpointsScanned > 0);
        var wire = JsonSerializer.SerializeToElement(state, WireJson.Options);
        Assert.Equal(state.Baseline.Means.PhoneEvents, wire.GetProperty("baseline").GetProperty("means").GetProperty("phoneEvents").GetDouble());
        Assert.Empty(await guard.AlertsAsync());

        await WorkAsync(guard, week0.AddDays(21), scanCheckpoints: false);

        var alert = Assert.Single(await guard.AlertsAsync());
        Assert.Equal("baseline_anomaly", alert.Type);
        Assert.Equal(Severity.Medium, alert.Severity);
        using var evidence = JsonDocument.Parse(alert.EvidenceJson);
        Assert.Equal("checkpointsScanned", evidence.RootElement.GetProperty("weakest").GetString());
        Assert.Equal(0.0, evidence.RootElement.GetProperty("observed").GetProperty("checkpointsScanned").GetDouble());
        Assert.True(evidence.RootElement.GetProperty("means").GetProperty("checkpointsScanned").GetDouble() > 0);
        var grain = fixture.Grains.GetGrain<IAlertGrain>(GrainKeys.Compose(guard.Tenant, alert.AlertId));
        await grain.ActAsync(new AlertAction(AlertActionKind.Acknowledge, "op-1", null, null, null, null));
    }

    /// <summary>A shift 21:00-23:00 with every signal each minute (checkpoints optional), evaluated every 5 minutes.</summary>
    private async Task WorkAsync(GuardScenario guard, DateTimeOffset start, bool scanCheckpoints)
    {
        await fixture.Scheduler.AdvanceAsync(start);
        await guard.SendAsync(EventType.ShiftStart, start);
        for (var minute = 1; minute <= 120; minute++)
        {
            var at = start.AddMinutes(minute);
            await guard.SendAsync(EventType.Phone, at);
            await guard.SendAsync(EventType.TaskCompleted, at);
            if (scanCheckpoints)
            {
                await guard.SendAsync(EventType.Checkpoint, at);
            }

            await guard.SendAsync(EventType.Location, at, 48.85, 2.35 + (0.0014 * (minute % 2)));
            await fixture.Scheduler.AdvanceAsync(at);
        }

        await guard.SendAsync(EventType.ShiftEnd, start.AddMinutes(120));
    }

    private static DateTimeOffset NextSunday21(DateTimeOffset after)
    {
        var day = after.UtcDateTime.Date.AddDays(1);
        while (day.DayOfWeek != DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return new DateTimeOffset(day.AddHours(21), TimeSpan.Zero);
    }
}
