using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Rules;
using Monitoring.Grains.Alerts;
using Monitoring.Grains.Rules;

namespace Monitoring.Grains.Devices;

/// <summary>
/// Device-health rules (battery low/critical, battery shift risk, poor signal, high memory, offline):
/// readings feed each rule's condition (<see cref="RuleCondition"/>); the decision raises, updates or
/// clears the rule's one alert (<see cref="OwnedAlert"/>). A wake-up re-evaluates when something falls
/// due, so an offline device is noticed without any further message; the guard's evaluation also
/// asks (<see cref="RequestHealthCheckAsync"/>), so a device whose silo died is checked again on the guard's
/// durable reminder. Rules come from <see cref="IHealthRules"/>; with none (<see cref="ActiveRules.Off"/>)
/// the phone observes nothing and keeps no health state.
/// </summary>
internal sealed partial class DeviceGrain : IAlertOwner
{
    internal const string HealthJob = "health";
    private static readonly string[] DeviceRuleTypes =
        [RuleTypes.BatteryLow, RuleTypes.BatteryShiftRisk, RuleTypes.PoorSignal, RuleTypes.HighMemory, RuleTypes.DeviceOffline];

    private ActiveRules _rules = ActiveRules.Default;
    private RuleWakeUp _wakeUp;

    Task IAlertOwner.StoreAlertIdAsync() => SaveAsync();

    public Task OnDueAsync(string job, DateTimeOffset dueAt) =>
        job == HealthJob ? HealthWokenAsync() : Task.CompletedTask;

    public Task RequestHealthCheckAsync() => CheckHealthAsync();

    public Task CheckHealthAsync() =>
        state.State.LastSeenAt is not null ? RefreshAndEvaluateHealthAsync() : Task.CompletedTask;

    private Task HealthWokenAsync()
    {
        _wakeUp.Fired();
        return RefreshAndEvaluateHealthAsync();
    }

    private DeviceHealth Health => state.State.Health ??= new DeviceHealth();

    private void ObserveHealth(TelemetryEvent e, DateTimeOffset heardAt)
    {
        if (_rules.IsOff)
        {
            return;
        }

        var health = Health;
        health.LastHeardAt = heardAt;
        if (e.Type == Domain.Telemetry.EventType.ShiftStart)
        {
            health.ShiftStartedAt = e.Ts;
            health.ShiftEndsAt = e.ShiftEndsAt ?? e.Ts + rulesPolicy.DefaultShiftLength;
        }
        else if (e.Type == Domain.Telemetry.EventType.ShiftEnd)
        {
            (health.ShiftStartedAt, health.ShiftEndsAt) = (null, null);
        }

        if (e.Battery is { } percent)
        {
            var charging = e.Charging ?? false;
            var kept = health.RecordBattery(e.Ts, percent, charging);
            Observe(RuleTypes.BatteryLow, e.Ts, _rules.Spec(RuleTypes.BatteryLow)?.LevelOf(charging ? null : percent));
            if (kept && _rules.Spec(RuleTypes.BatteryShiftRisk) is { } risk)
            {
                Observe(RuleTypes.BatteryShiftRisk, e.Ts, risk.LevelOf(health.ShiftMarginMin(e.Ts, _rules[RuleTypes.BatteryShiftRisk].Window)));
            }
        }

        if (e.SignalDbm is { } dbm)
        {
            Observe(RuleTypes.PoorSignal, e.Ts, _rules.Spec(RuleTypes.PoorSignal)?.LevelOf(dbm));
        }

        if (e.MemoryPct is { } memory)
        {
            Observe(RuleTypes.HighMemory, e.Ts, _rules.Spec(RuleTypes.HighMemory)?.LevelOf(memory));
        }
    }

    private void Observe(string type, DateTimeOffset at, int? level) => Health.Slots.Observe(type, at, level);

    private async Task RefreshRulesAsync() => _rules = await healthRules.GetAsync(_tenant, state.State.SiteId);

    private async Task RefreshAndEvaluateHealthAsync()
    {
        await RefreshRulesAsync();
        await EvaluateHealthAsync();
    }

    /// <summary>
    /// Runs every rule at the clock's time with the rules last read (the ingest path reads them once
    /// per batch, before the readings), acts on the decisions, and sets the next wake-up.
    /// </summary>
    private async Task EvaluateHealthAsync()
    {
        if (_rules.IsOff)
        {
            return;
        }

        var health = Health;
        var alerts = new OwnedAlert(GrainFactory, _tenant, this);
        var now = clock.GetUtcNow();
        var offline = OfflineDetector.Check(health.LastHeardAt, health.ShiftStartedAt, now, OfflineDetector.SilenceOf(_rules[RuleTypes.DeviceOffline]));
        Observe(RuleTypes.DeviceOffline, now, _rules.Spec(RuleTypes.DeviceOffline)?.LevelOf(offline.SilenceMin ?? 0));
        DateTimeOffset? next = offline.IsOffline ? null : offline.DueAt;
        var changed = false;
        var subject = new RuleSubject(state.State.SiteId, state.State.GuardId, _deviceId);
        foreach (var type in DeviceRuleTypes)
        {
            if (_rules.Spec(type) is not { } spec || !health.Slots.TryGetValue(type, out var slot))
            {
                continue;
            }

            var outcome = RuleCondition.Evaluate(slot.State, spec, now, (await alerts.ReadAsync(slot)).State);
            slot.State = outcome.State;
            var value = type switch
            {
                RuleTypes.DeviceOffline => offline.SilenceMin,
                RuleTypes.BatteryShiftRisk => health.ShiftMarginMin(now, _rules[type].Window),
                _ => null,
            };
            changed |= await alerts.ApplyAsync(slot, outcome, subject, value, now);
            next = outcome.DueAt is { } due && (next is null || due < next) ? due : next;
        }

        if (changed)
        {
            await SaveAsync();
        }

        _wakeUp.Arm(next, now, periodicWork, this.GetGrainId(), HealthJob);
    }
}
