using Microsoft.Extensions.DependencyInjection;
using Monitoring.Contracts.Guards;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Admin;

/// <summary><c>Monitoring__Silo__Reminders=true</c> brings the per-guard reminder back on the embedded default.</summary>
[Collection(RemindersCollection.Name)]
public sealed class ReminderSettingTests(RemindersHostFixture host)
{
    [Fact]
    public async Task ShiftStart_RemindersSwitchedOn_RegistersTheEvaluationReminder_ShiftEndRemovesIt()
    {
        var phone = new Phone(host);
        var now = await host.NowAsync();
        var guard = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IGuardGrain>($"{Keys.T1}/{phone.GuardId}");

        await phone.SendAsync(phone.ShiftStart(now));
        Assert.Equal(["evaluate"], await guard.GetReminderNamesAsync());

        await phone.SendAsync(phone.Event("shift_end", now));
        Assert.Empty(await guard.GetReminderNamesAsync());
    }
}
