using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Rules;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Guards;
using Monitoring.Grains.Rules;

namespace Monitoring.Grains.Tests.Guards.Parts;

public sealed class GuardRuleSetTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 22, 0, 0, TimeSpan.Zero);
    private static readonly Geofence Fenced = new(52.0, 4.0, 200);

    [Fact]
    public async Task RefreshAsync_RulesOff_HasNothingToRun()
    {
        var rules = new GuardRuleSet();

        Assert.False(await rules.RefreshAsync(NoHealthRules.Instance, "t1", "s1"));
        Assert.True(await rules.RefreshAsync(new FixedRules(ActiveRules.Default), "t1", "s1"));
    }

    [Fact]
    public async Task Observe_FixFarOutsideTheFence_StartsTheGeofenceCondition()
    {
        var guard = OnShift();
        var rules = await ReadyAsync();

        rules.Observe(guard, Batch("d1", Fix(At.AddMinutes(1), 52.05)), Fenced);

        Assert.NotNull(guard.Rules);
        Assert.Equal(At.AddMinutes(1), guard.Rules.Slots[RuleTypes.GeofenceExit].RunSince);
    }

    [Fact]
    public async Task Observe_SamplesFromBeforeTheShift_AreIgnored()
    {
        var guard = OnShift();
        var rules = await ReadyAsync();

        rules.Observe(guard, Batch("d1", Fix(At.AddMinutes(-1), 52.05), Biometric(At.AddMinutes(-1))), Fenced);

        Assert.Null(guard.Rules);
    }

    [Fact]
    public async Task Store_AfterObserving_KeepsDevicesAndFailedAttempts_UntilReset()
    {
        var guard = OnShift();
        var rules = await ReadyAsync();
        guard.Rules = new GuardRules();
        rules.Observe(guard, Batch("d1", Biometric(At.AddMinutes(1))), fence: null);
        rules.Observe(guard, Batch("d2", Biometric(At.AddMinutes(2))), fence: null);

        rules.Store(guard.Rules);
        Assert.Equal(["d1", "d2"], guard.Rules.Devices.Select(d => d.DeviceId).Order());
        Assert.Equal([At.AddMinutes(1), At.AddMinutes(2)], guard.Rules.BiometricFailures);

        var restored = GuardRuleSet.Restore(guard.Rules);
        restored.Reset();
        restored.Store(guard.Rules);
        Assert.Empty(guard.Rules.Devices);
        Assert.Empty(guard.Rules.BiometricFailures);
    }

    private static GuardSnapshot OnShift()
    {
        var guard = new GuardSnapshot();
        new GuardShift(guard).Start(At, "s1", "d1", At.AddMinutes(5));
        return guard;
    }

    private static async Task<GuardRuleSet> ReadyAsync()
    {
        var rules = new GuardRuleSet();
        await rules.RefreshAsync(new FixedRules(ActiveRules.Default), "t1", "s1");
        return rules;
    }

    private static GuardActivityBatch Batch(string deviceId, params ActivitySample[] samples) =>
        new(deviceId, samples.Max(s => s.Ts), [.. samples]);

    private static ActivitySample Fix(DateTimeOffset at, double lat) => new(at, EventType.Location, lat, 4.0, 10, null);

    private static ActivitySample Biometric(DateTimeOffset at) => new(at, EventType.Biometric, null, null, null, null, Success: false);

    private sealed class FixedRules(ActiveRules rules) : IHealthRules
    {
        public ValueTask<ActiveRules> GetAsync(string tenant, string? siteId) => ValueTask.FromResult(rules);

        public Task AskDevicesAsync(IGrainFactory grains, string tenant, IReadOnlyList<string> deviceIds) => Task.CompletedTask;
    }
}
