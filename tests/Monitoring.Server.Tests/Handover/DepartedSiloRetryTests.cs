using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Handover;

/// <summary>
/// The API's departed-silo retries, driven by a silo-side filter that fails chosen grain calls with
/// <see cref="SiloUnavailableException"/> as a silo leaving the cluster does: a cut call is made
/// again (4 attempts in all), a batch is counted once however often it was applied, a read and an
/// alert action still answer 200, and a batch cut on every attempt is a 503 with nothing applied.
/// </summary>
[Collection(DepartingSiloCollection.Name)]
public sealed class DepartedSiloRetryTests(DepartingSiloHostFixture host)
{
    private const string Ingest = "IngestAsync";

    [Fact]
    public async Task Telemetry_DeviceCallCutThreeTimesBeforeArriving_202WithEveryEventAccepted()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        host.Fault.Arm(phone.DeviceId, Ingest, times: 3, afterApplying: false);

        var result = await phone.SendAsync(phone.ShiftStart(now.AddMinutes(-2)), phone.Event("phone", now.AddMinutes(-1)), phone.Event("task", now));

        Assert.Equal(3, host.Fault.Failed(phone.DeviceId, Ingest));
        Assert.Equal((3, 0), (result.Int("accepted"), result.Int("duplicates")));
        var device = await phone.DeviceAsync();
        Assert.Equal((3, 0), (device.GetProperty("eventsAccepted").GetInt64(), device.GetProperty("duplicatesDropped").GetInt64()));
    }

    [Fact]
    public async Task Telemetry_DeviceCallCutThreeTimesAfterApplying_202AndEachEventCountedOnce()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        host.Fault.Arm(phone.DeviceId, Ingest, times: 3, afterApplying: true);

        var result = await phone.SendAsync(phone.ShiftStart(now.AddMinutes(-2)), phone.Event("phone", now.AddMinutes(-1)), phone.Event("task", now));

        // The first attempt applied the batch and lost its answer; the attempts after it found every
        // event already there, and so does the one whose answer came back.
        Assert.Equal(3, host.Fault.Failed(phone.DeviceId, Ingest));
        Assert.Equal((0, 3), (result.Int("accepted"), result.Int("duplicates")));
        var device = await phone.DeviceAsync();
        Assert.Equal((3, 9), (device.GetProperty("eventsAccepted").GetInt64(), device.GetProperty("duplicatesDropped").GetInt64()));
        var window = (await phone.GuardAsync()).GetProperty("window");
        Assert.Equal((1, 1), (window.Int("phoneEvents"), window.Int("tasksCompleted")));
    }

    [Fact]
    public async Task Telemetry_DeviceCallCutOnEveryAttempt_503ProblemAndNothingApplied()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var batch = new[] { phone.ShiftStart(now.AddMinutes(-2)), phone.Event("phone", now.AddMinutes(-1)) };
        host.Fault.Arm(phone.DeviceId, Ingest, times: 4, afterApplying: false);

        var response = await host.Device().PostJsonAsync("api/v1/telemetry", new { events = batch });

        await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(4, host.Fault.Failed(phone.DeviceId, Ingest));
        await host.Viewer().GetJsonAsync($"api/v1/devices/{phone.DeviceId}", HttpStatusCode.NotFound);
        // The phone's retry of the same batch finds nothing of it applied.
        var retried = await phone.SendAsync(batch);
        Assert.Equal((2, 0), (retried.Int("accepted"), retried.Int("duplicates")));
    }

    [Fact]
    public async Task GuardRead_GuardCallCutThreeTimes_Answers200()
    {
        var phone = new Phone(host);
        await phone.StartShiftAsync(await host.NowAsync());
        host.Fault.Arm(phone.GuardId, "GetAsync", times: 3, afterApplying: false);

        var guard = await phone.GuardAsync();

        Assert.Equal(3, host.Fault.Failed(phone.GuardId, "GetAsync"));
        Assert.True(guard.Bool("onShift"));
    }

    [Fact]
    public async Task Acknowledge_AlertCallCutTwiceAfterApplying_200AndAcknowledgedOnce()
    {
        var (_, alert) = await host.InactiveGuardAsync();
        var alertId = alert.Str("alertId");
        host.Fault.Arm(alertId, "ActAsync", times: 2, afterApplying: true);

        var acked = await (await host.ActAsync(alertId, "acknowledge", new { by = "op-departed", notes = "calling the guard" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(2, host.Fault.Failed(alertId, "ActAsync"));
        Assert.Equal(("acknowledged", "op-departed"), (acked.Str("status"), acked.Str("acknowledgedBy")));
        var stored = await host.AlertAsync(alertId);
        Assert.Equal("acknowledged", stored.Str("status"));
        Assert.Single(stored.Items("history"), h => h.Str("action") == "acknowledged");
        Assert.Equal(["calling the guard"], stored.Items("notes").Select(n => n.GetString()));
    }
}
