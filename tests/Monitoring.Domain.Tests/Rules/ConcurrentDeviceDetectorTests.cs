using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Rules;
using static Monitoring.Domain.Tests.Rules.RuleClock;

namespace Monitoring.Domain.Tests.Rules;

public sealed class ConcurrentDeviceDetectorTests
{
    private static readonly RuleDefinition Rule = RuleTable.Default[RuleTypes.ConcurrentDevice];
    private readonly ConcurrentDeviceDetector _detector = new();
    private readonly RuleHarness _run = RuleHarness.For(Rule);

    [Fact]
    public void Evaluate_TwoDevicesInterleaved_RaisesOnceAtTheSecondDevicesFirstEvent()
    {
        for (var s = 0; s < 20 * 60; s += 30)
        {
            Event(s % 60 == 0 ? "phone-a" : "phone-b", Min(s / 60.0));
        }

        var raise = Assert.Single(_run.Decisions);
        Assert.Equal((AlertDecision.Raise, Min(0.5)), (raise.Decision, raise.At));
        Assert.Equal(Rule.Severity, raise.Level!.Severity);
    }

    [Fact]
    public void Evaluate_PhoneSwappedAfterThreeMinutes_RaisesNothing()
    {
        for (var m = 0; m <= 10; m++)
        {
            Event("phone-a", Min(m));
        }

        for (var m = 13; m <= 30; m++)
        {
            Event("phone-b", Min(m));
        }

        Assert.Empty(_run.Decisions);
    }

    [Theory]
    [InlineData(120, true)]
    [InlineData(121, false)]
    public void Evaluate_SecondDeviceAtTheTwoMinuteEdge_RaisesOnlyWithin(int secondsApart, bool raises)
    {
        Event("phone-a", T0);

        Event("phone-b", T0.AddSeconds(secondsApart));

        Assert.Equal(raises ? 1 : 0, _run.Raises);
    }

    [Fact]
    public void Evaluate_LateBufferedEventsInterleavedWithTheOtherDevice_Raise()
    {
        Event("phone-b", Min(5), now: Min(5));
        Event("phone-b", Min(6), now: Min(6));

        Event("phone-a", Min(4.5), now: Min(6.2));

        Assert.Equal(Min(6.2), _run.FirstAt(AlertDecision.Raise));
    }

    [Fact]
    public void Evaluate_LateEventsFromBeforeTheSwap_RaiseNothing()
    {
        Event("phone-b", Min(10), now: Min(10));

        Event("phone-a", Min(2), now: Min(10.5));
        Event("phone-a", Min(3), now: Min(10.5));

        Assert.Empty(_run.Decisions);
    }

    [Fact]
    public void Record_OlderEventOfAKnownDevice_DoesNotMoveItBack()
    {
        _detector.Record("phone-a", Min(10));

        _detector.Record("phone-a", Min(2));

        Assert.Equal(Min(10), Assert.Single(_detector.Devices).At);
    }

    [Fact]
    public void Record_MoreDevicesThanCapacity_KeepsTheMostRecent()
    {
        for (var i = 0; i < 6; i++)
        {
            _detector.Record($"phone-{i}", Min(i));
        }

        _detector.Record("phone-old", Min(-5));

        Assert.Equal(["phone-5", "phone-4", "phone-3", "phone-2"], _detector.Devices.Select(d => d.DeviceId));
    }

    [Fact]
    public void Evaluate_SecondDeviceFallsSilent_ClearsAfterTheHold()
    {
        Event("phone-a", T0);
        Event("phone-b", Min(1));
        Assert.Equal(Min(2), _detector.EndsAt(TimeSpan.FromMinutes(Rule.Threshold)));

        for (var m = 2; m <= 30; m++)
        {
            Event("phone-b", Min(m));
        }

        Assert.Equal(Min(3) + Rule.EffectiveHold, _run.FirstAt(AlertDecision.Clear));
    }

    [Fact]
    public void Restore_FromDevices_MeasuresTheSameGap()
    {
        _detector.Record("phone-a", Min(1));
        _detector.Record("phone-b", Min(2));

        var restored = ConcurrentDeviceDetector.Restore(_detector.Devices);

        Assert.Equal(_detector.Devices, restored.Devices);
        Assert.Equal(2.0, restored.GapMinutes(Min(3)));
    }

    [Fact]
    public void GapMinutes_OneDeviceOnly_IsNull() =>
        Assert.Null(new ConcurrentDeviceDetector().GapMinutes(T0));

    private void Event(string deviceId, DateTimeOffset at, DateTimeOffset? now = null)
    {
        _detector.Record(deviceId, at);
        var evaluatedAt = now ?? at;
        _run.SampleLevel(evaluatedAt, _run.Spec.LevelOf(_detector.GapMinutes(evaluatedAt)), evaluatedAt);
    }
}
