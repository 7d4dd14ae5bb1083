using Monitoring.Contracts.Devices;
using Monitoring.Contracts.Sites;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Rules;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Rules;

namespace Monitoring.Grains.Guards;

/// <summary>
/// The guard-level health rules, which need more than one device's view: geofence_exit (the guard's
/// fixes against the site's geofence), concurrent_device (two phones under one identity) and
/// biometric_failures (failed attempts from any phone). Samples feed the conditions as they arrive;
/// the decisions are taken on each batch, on a wake-up when something falls due, and on the durable
/// evaluation reminder, which also asks each of the guard's devices to check its own health (a
/// device whose silo died has lost its wake-up, and no message may ever come to wake it).
/// </summary>
internal sealed partial class GuardGrain : IRuleStateOwner
{
    internal const string RulesJob = "rules";
    private static readonly string[] GuardRuleTypes = [RuleTypes.GeofenceExit, RuleTypes.ConcurrentDevice, RuleTypes.BiometricFailures];

    private ActiveRules _rules = ActiveRules.Default;
    private ConcurrentDeviceDetector _devices = new();

    // Most guards never fail a biometric attempt: no counter until one does.
    private BiometricFailureCounter? _biometrics;
    private RuleAlerts _ruleAlerts;
    private RuleWakeUp _rulesWakeUp;
    private (Site? Site, Geofence? Fence) _geofence;
    private double? _outsideM;

    Task IRuleStateOwner.SaveRuleStateAsync() => SaveAsync();

    private void StartRules()
    {
        _ruleAlerts = new RuleAlerts(GrainFactory, _tenant, this);
        _devices = ConcurrentDeviceDetector.Restore(S.Rules?.Devices.Select(d => new DeviceLastSeen(d.DeviceId, d.At)) ?? []);
        _biometrics = S.Rules is { BiometricFailures.Count: > 0 } stored ? BiometricFailureCounter.Restore(stored.BiometricFailures) : null;
    }

    private async Task RulesWokenAsync()
    {
        _rulesWakeUp.Fired();
        if (await RefreshAndEvaluateRulesAsync())
        {
            await SaveAsync();
        }
    }

    private void StoreRules()
    {
        if (S.Rules is { } rules)
        {
            rules.Devices = [.. _devices.Devices.Select(d => new DeviceSeenRecord(d.DeviceId, d.At))];
            rules.BiometricFailures = _biometrics is null ? [] : [.. _biometrics.Failures];
        }
    }

    /// <summary>A new shift starts with no memory of the last one's devices and attempts.</summary>
    private void ResetRules()
    {
        _devices = new ConcurrentDeviceDetector();
        _biometrics = null;
        _outsideM = null;
    }

    /// <summary>Clears the guard rules' open alerts when the shift ends.</summary>
    private async Task EndRulesAsync()
    {
        ResetRules();
        if (S.Rules is { } rules)
        {
            await _ruleAlerts.ClearAllAsync(rules.Slots, "shift_ended");
        }
    }

    /// <summary>Feeds a batch's on-shift samples to the conditions, then decides; true when state changed.</summary>
    private async Task<bool> ObserveRulesAsync(GuardActivityBatch batch)
    {
        if (!rulesPolicy.Enabled || !S.OnShift)
        {
            return false;
        }

        _rules = await rulesCache.GetAsync(_tenant, S.SiteId);
        var fence = await GeofenceAsync();
        var fenceSpec = _rules.Spec(RuleTypes.GeofenceExit);
        var shiftStart = S.ShiftStartedAt ?? DateTimeOffset.MinValue;
        foreach (var sample in batch.Samples)
        {
            if (sample.Ts < shiftStart)
            {
                continue;
            }

            if (fence is not null && fenceSpec is not null && FixOf(sample) is { } fix && fence.OutsideM(fix) is { } outside)
            {
                _outsideM = outside;
                ObserveRule(RuleTypes.GeofenceExit, sample.Ts, fenceSpec.LevelOf(outside));
            }

            if (sample is { Type: EventType.Biometric, Success: false })
            {
                (_biometrics ??= new BiometricFailureCounter()).Record(sample.Ts);
            }
        }

        _devices.Record(batch.DeviceId, batch.LastSeenAt);
        return await EvaluateRulesAsync();
    }

    /// <summary>The rules read afresh, then decided (the wake-up and the evaluation reminder); true when state changed.</summary>
    private async Task<bool> RefreshAndEvaluateRulesAsync()
    {
        if (!rulesPolicy.Enabled || !S.OnShift)
        {
            return false;
        }

        _rules = await rulesCache.GetAsync(_tenant, S.SiteId);
        return await EvaluateRulesAsync();
    }

    /// <summary>Decides each guard rule at the clock's time with the rules last read, and sets the next wake-up; true when state changed.</summary>
    private async Task<bool> EvaluateRulesAsync()
    {
        if (!rulesPolicy.Enabled || !S.OnShift)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        DateTimeOffset? next = null;
        if (_rules.Spec(RuleTypes.ConcurrentDevice) is { } concurrent)
        {
            ObserveRule(RuleTypes.ConcurrentDevice, now, concurrent.LevelOf(_devices.GapMinutes(now)));
            next = Earliest(next, _devices.EndsAt(TimeSpan.FromMinutes(_rules[RuleTypes.ConcurrentDevice].Threshold)), now);
        }

        if (_rules.Spec(RuleTypes.BiometricFailures) is { } biometric && _biometrics is { } failures)
        {
            var window = _rules[RuleTypes.BiometricFailures].Window;
            ObserveRule(RuleTypes.BiometricFailures, now, biometric.LevelOf(failures.CountAt(now, window)));
            next = Earliest(next, failures.DropsAt(now, window), now);
        }

        if (S.Rules is not { } rules)
        {
            _rulesWakeUp.Arm(next, now, scheduler, this.GetGrainId(), RulesJob);
            return false;
        }

        var changed = false;
        foreach (var type in GuardRuleTypes)
        {
            if (_rules.Spec(type) is not { } spec || !rules.Slots.TryGetValue(type, out var slot))
            {
                continue;
            }

            var outcome = RuleCondition.Evaluate(slot.State, spec, now, await _ruleAlerts.OpenStateAsync(slot));
            slot.State = outcome.State;
            changed |= await _ruleAlerts.ApplyAsync(slot, outcome, SubjectOf(type), ValueOf(type, now), now);
            next = Earliest(next, outcome.DueAt, now);
        }

        _rulesWakeUp.Arm(next, now, scheduler, this.GetGrainId(), RulesJob);
        return changed;
    }

    /// <summary>
    /// The durable backstop for device_offline: each of the guard's devices is told to check itself,
    /// one-way on the system clock; on the manual clock the guard waits, so a replay stays in time order.
    /// </summary>
    private async Task CheckDevicesAsync()
    {
        if (!rulesPolicy.Enabled)
        {
            return;
        }

        foreach (var deviceId in S.DeviceIds)
        {
            var device = GrainFactory.GetGrain<IDeviceGrain>(GrainKeys.Compose(_tenant, deviceId));
            await (clock.IsManual ? device.CheckHealthInTurnAsync() : device.CheckHealthAsync());
        }
    }

    private async ValueTask<Geofence?> GeofenceAsync()
    {
        _site ??= await SiteSettingsAsync();
        if (!ReferenceEquals(_geofence.Site, _site))
        {
            _geofence = (_site, _site is { Lat: { } lat, Lon: { } lon, GeofenceRadiusM: { } radius } ? new Geofence(lat, lon, radius) : null);
        }

        return _geofence.Fence;
    }

    // The shift's own phone is the first of the guard's devices; concurrent_device names the other one.
    private RuleSubject SubjectOf(string type)
    {
        var own = S.DeviceIds.Count > 0 ? S.DeviceIds[0] : null;
        var device = type == RuleTypes.ConcurrentDevice
            ? _devices.Devices.Select(d => d.DeviceId).FirstOrDefault(d => d != own) ?? own
            : own;
        return new RuleSubject(S.SiteId, _guardId, device);
    }

    private double? ValueOf(string type, DateTimeOffset now) => type switch
    {
        RuleTypes.GeofenceExit => _outsideM,
        RuleTypes.ConcurrentDevice => _devices.GapMinutes(now),
        RuleTypes.BiometricFailures => _biometrics?.CountAt(now, _rules[type].Window),
        _ => null,
    };

    /// <summary>A guard no rule has held for keeps no rule state (<see cref="GuardRules"/> appears with the first holding sample).</summary>
    private void ObserveRule(string type, DateTimeOffset at, int? level)
    {
        if (level is not null || S.Rules is not null)
        {
            (S.Rules ??= new GuardRules()).Slots.Observe(type, at, level);
        }
    }

    // Only wake-ups still ahead count: a condition that already ended needs no timer.
    private static DateTimeOffset? Earliest(DateTimeOffset? current, DateTimeOffset? candidate, DateTimeOffset now) =>
        candidate is { } c && c > now && (current is null || c < current) ? c : current;
}
