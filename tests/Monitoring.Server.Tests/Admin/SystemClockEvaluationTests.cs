using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Contracts.Guards;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Admin;

/// <summary>
/// On the embedded default the in-memory reminder table would die with the silo like the silo's
/// scheduler does, so the scheduler, not a reminder per guard, runs the evaluations on real time.
/// </summary>
[Collection(SystemClockCollection.Name)]
public sealed class SystemClockEvaluationTests(SystemClockHostFixture host)
{
    [Fact]
    public async Task OnShiftGuard_EmbeddedSystemClock_EvaluatedEveryPeriodWithNoReminder()
    {
        var phone = new Phone(host);
        await phone.SendAsync(phone.ShiftStart(DateTimeOffset.UtcNow));

        var first = await NextEvaluationAsync(phone.GuardId, after: null);
        var second = await NextEvaluationAsync(phone.GuardId, after: first);
        var third = await NextEvaluationAsync(phone.GuardId, after: second);

        // One per period: three evaluations span at least one period even when the first of them ran
        // late on a busy machine (a late run shortens the gap to the next, which is due on time).
        Assert.True(second > first && third > second, $"{first:O}, {second:O}, {third:O}");
        Assert.True(third - first >= SystemClockHostFixture.EvaluationPeriod, $"{first:O} then {third:O}");
        var guard = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IGuardGrain>($"{Keys.T1}/{phone.GuardId}");
        Assert.Empty(await guard.GetReminderNamesAsync());
    }

    [Fact]
    public async Task ShiftEnd_EmbeddedSystemClock_StopsTheEvaluations()
    {
        var phone = new Phone(host);
        await phone.SendAsync(phone.ShiftStart(DateTimeOffset.UtcNow));
        var evaluated = await NextEvaluationAsync(phone.GuardId, after: null);
        await phone.SendAsync(phone.Event("shift_end", DateTimeOffset.UtcNow));
        var ended = await LastEvaluatedAsync(phone.GuardId);

        await Task.Delay(SystemClockHostFixture.EvaluationPeriod * 3);

        Assert.True(ended >= evaluated);
        Assert.Equal(ended, await LastEvaluatedAsync(phone.GuardId));
    }

    private async Task<DateTimeOffset> NextEvaluationAsync(string guardId, DateTimeOffset? after)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (await LastEvaluatedAsync(guardId) is { } at && (after is null || at > after))
            {
                return at;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"guard {guardId} was not evaluated after {after:O} within 20 s");
    }

    private async Task<DateTimeOffset?> LastEvaluatedAsync(string guardId)
    {
        var guard = await host.Viewer().GetJsonAsync($"api/v1/guards/{guardId}");
        return guard.TryGetProperty("lastEvaluatedAt", out var at) && at.ValueKind == JsonValueKind.String ? at.GetDateTimeOffset() : null;
    }
}
