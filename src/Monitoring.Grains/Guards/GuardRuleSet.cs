using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Rules;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Alerts;
using Monitoring.Grains.Rules;

namespace Monitoring.Grains.Guards;

/// <summary>
/// The guard-level health rules, which need more than one device's view: geofence_exit (the guard's
/// fixes against the site's geofence), concurrent_device (two phones under one identity) and
/// biometric_failures (failed attempts from any phone). Samples feed the conditions as they arrive;
/// the decisions are taken on each batch, on a wake-up when something falls due, and on the
/// evaluation. The rule slots live in the snapshot (<see cref="GuardSnapshot.Rules"/>); this object
/// holds the live forms beside them, one per guard for the whole shift.
/// </summary>
internal sealed class GuardRuleSet
{
    public const string WakeUpJob = "rules";
    private static readonly string[] Types = [RuleTypes.GeofenceExit, RuleTypes.ConcurrentDevice, RuleTypes.BiometricFailures];

    private ActiveRules _rules = ActiveRules.Default;
    private ConcurrentDeviceDetector _devices = new();

    // Most guards never fail a biometric attempt: no counter until one does.
    private BiometricFailureCounter? _biometrics;
    private RuleWakeUp _wakeUp;
    private double? _outsideM;

    public static GuardRuleSet Restore(GuardRules? stored) => new()
    {
        _devices = ConcurrentDeviceDetector.Restore(stored?.Devices.Select(d => new DeviceLastSeen(d.DeviceId, d.At)) ?? []),
        _biometrics = stored is { BiometricFailures.Count: > 0 } ? BiometricFailureCounter.Restore(stored.BiometricFailures) : null,
    };

    public void Store(GuardRules? rules)
    {
        if (rules is not null)
        {
            rules.Devices = [.. _devices.Devices.Select(d => new DeviceSeenRecord(d.DeviceId, d.At))];
            rules.BiometricFailures = _biometrics is null ? [] : [.. _biometrics.Failures];
        }
    }

    /// <summary>A new shift starts with no memory of the last one's devices and attempts.</summary>
    public void Reset()
    {
        _devices = new ConcurrentDeviceDetector();
        _biometrics = null;
        _outsideM = null;
    }

    /// <summary>The wake-up fired: the rules are read afresh and decided, which sets the next one; true when the rule state changed.</summary>
    public Task<bool> WokenAsync(GuardRuleTurn turn)
    {
        _wakeUp.Fired();
        return RefreshAndEvaluateAsync(turn);
    }

    /// <summary>Reads the rules in force at the guard's site; false when there are none to run (<see cref="ActiveRules.Off"/>).</summary>
    public async ValueTask<bool> RefreshAsync(IHealthRules source, string tenant, string? siteId)
    {
        _rules = await source.GetAsync(tenant, siteId);
        return !_rules.IsOff;
    }

    /// <summary>A batch on shift: its samples feed the conditions, then the rules decide; true when the rule state changed.</summary>
    public async Task<bool> ObserveAsync(GuardRuleTurn turn, GuardActivityBatch batch, Geofence? fence)
    {
        if (!turn.Guard.OnShift || !await RefreshAsync(turn.Source, turn.Tenant, turn.Guard.SiteId))
        {
            return false;
        }

        Observe(turn.Guard, batch, fence);
        return await EvaluateAsync(turn);
    }

    /// <summary>The rules read afresh, then decided (a wake-up, the evaluation); true when the rule state changed.</summary>
    public async Task<bool> RefreshAndEvaluateAsync(GuardRuleTurn turn) =>
        turn.Guard.OnShift && await RefreshAsync(turn.Source, turn.Tenant, turn.Guard.SiteId) && await EvaluateAsync(turn);

    /// <summary>Feeds a batch's samples from the shift on to the conditions.</summary>
    public void Observe(GuardSnapshot guard, GuardActivityBatch batch, Geofence? fence)
    {
        var fenceSpec = _rules.Spec(RuleTypes.GeofenceExit);
        var shiftStart = guard.ShiftStartedAt ?? DateTimeOffset.MinValue;
        foreach (var sample in batch.Samples)
        {
            if (sample.Ts < shiftStart)
            {
                continue;
            }

            if (fence is not null && fenceSpec is not null && InactivityMonitor.FixOf(sample) is { } fix && fence.OutsideM(fix) is { } outside)
            {
                _outsideM = outside;
                ObserveRule(guard, RuleTypes.GeofenceExit, sample.Ts, fenceSpec.LevelOf(outside));
            }

            if (sample is { Type: EventType.Biometric, Success: false })
            {
                (_biometrics ??= new BiometricFailureCounter()).Record(sample.Ts);
            }
        }

        _devices.Record(batch.DeviceId, batch.LastSeenAt);
    }

    /// <summary>
    /// Decides each rule at the turn's time with the rules last read, acts on the decisions and sets
    /// the next wake-up; true when the rule state changed.
    /// </summary>
    private async Task<bool> EvaluateAsync(GuardRuleTurn turn)
    {
        var (alerts, guard, now) = (turn.Alerts, turn.Guard, turn.Now);
        DateTimeOffset? next = null;
        if (_rules.Spec(RuleTypes.ConcurrentDevice) is { } concurrent)
        {
            ObserveRule(guard, RuleTypes.ConcurrentDevice, now, concurrent.LevelOf(_devices.GapMinutes(now)));
            next = Earliest(next, _devices.EndsAt(TimeSpan.FromMinutes(_rules[RuleTypes.ConcurrentDevice].Threshold)), now);
        }

        if (_rules.Spec(RuleTypes.BiometricFailures) is { } biometric && _biometrics is { } failures)
        {
            var window = _rules[RuleTypes.BiometricFailures].Window;
            ObserveRule(guard, RuleTypes.BiometricFailures, now, biometric.LevelOf(failures.CountAt(now, window)));
            next = Earliest(next, failures.DropsAt(now, window), now);
        }

        var changed = false;
        foreach (var type in Types)
        {
            if (guard.Rules is not { } rules || _rules.Spec(type) is not { } spec || !rules.Slots.TryGetValue(type, out var slot))
            {
                continue;
            }

            var outcome = RuleCondition.Evaluate(slot.State, spec, now, (await alerts.ReadAsync(slot)).State);
            slot.State = outcome.State;
            changed |= await alerts.ApplyAsync(slot, outcome, SubjectOf(guard, turn.GuardId, type), ValueOf(type, now), now);
            next = Earliest(next, outcome.DueAt, now);
        }

        _wakeUp.Arm(next, now, turn.WakeUps, turn.Grain, WakeUpJob);
        return changed;
    }

    /// <summary>Clears the rules' open alerts and forgets the shift (it ended).</summary>
    public async Task EndAsync(OwnedAlert alerts, GuardSnapshot guard)
    {
        Reset();
        if (guard.Rules is { } rules)
        {
            await alerts.ClearAllAsync(rules.Slots, "shift_ended");
        }
    }

    // The shift's own phone is the first of the guard's devices; concurrent_device names the other one.
    private RuleSubject SubjectOf(GuardSnapshot guard, string guardId, string type)
    {
        var own = guard.DeviceIds.Count > 0 ? guard.DeviceIds[0] : null;
        var device = type == RuleTypes.ConcurrentDevice
            ? _devices.Devices.Select(d => d.DeviceId).FirstOrDefault(d => d != own) ?? own
            : own;
        return new RuleSubject(guard.SiteId, guardId, device);
    }

    private double? ValueOf(string type, DateTimeOffset now) => type switch
    {
        RuleTypes.GeofenceExit => _outsideM,
        RuleTypes.ConcurrentDevice => _devices.GapMinutes(now),
        RuleTypes.BiometricFailures => _biometrics?.CountAt(now, _rules[type].Window),
        _ => null,
    };

    /// <summary>A guard no rule has held for keeps no rule state (<see cref="GuardRules"/> appears with the first holding sample).</summary>
    private static void ObserveRule(GuardSnapshot guard, string type, DateTimeOffset at, int? level)
    {
        if (level is not null || guard.Rules is not null)
        {
            (guard.Rules ??= new GuardRules()).Slots.Observe(type, at, level);
        }
    }

    // Only wake-ups still ahead count: a condition that already ended needs no timer.
    private static DateTimeOffset? Earliest(DateTimeOffset? current, DateTimeOffset? candidate, DateTimeOffset now) =>
        candidate is { } c && c > now && (current is null || c < current) ? c : current;
}
