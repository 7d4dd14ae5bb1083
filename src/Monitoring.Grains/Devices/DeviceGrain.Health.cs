using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Rules;
using Monitoring.Grains.Rules;

namespace Monitoring.Grains.Devices;

/// <summary>
/// Device-health rules (battery low/critical, battery shift risk, poor signal, high memory, offline):
/// readings feed each rule's condition (<see cref="RuleCondition"/>); the decision raises, updates or
/// clears the rule's one alert (<see cref="RuleAlerts"/>). A wake-up re-evaluates when something falls
/// due, so an offline device is noticed without any further message; the guard's evaluation also
/// asks (<see cref="CheckHealthAsync"/>), so a device whose silo died is checked again on the guard's
/// durable reminder. Rules come from the tenant's rule book, through the silo's cache.
/// </summary>
internal sealed partial class DeviceGrain : IRuleStateOwner
{
    internal const string HealthJob = "health";
    private static readonly string[] Evaluated =
        [RuleTypes.BatteryLow, RuleTypes.BatteryShiftRisk, RuleTypes.PoorSignal, RuleTypes.HighMemory, RuleTypes.DeviceOffline];

    private ActiveRules _rules = ActiveRules.Default;
    private RuleAlerts _alerts;
    private RuleWakeUp _wakeUp;

    Task IRuleStateOwner.SaveRuleStateAsync() => SaveAsync();

    public Task OnDueAsync(string job, DateTimeOffset dueAt) =>
        job == HealthJob ? HealthWokenAsync() : Task.CompletedTask;

    public Task CheckHealthAsync() =>
        rulesPolicy.Enabled && state.State.LastSeenAt is not null ? RefreshAndEvaluateHealthAsync() : Task.CompletedTask;

    public Task CheckHealthInTurnAsync() => CheckHealthAsync();

    private Task HealthWokenAsync()
    {
        _wakeUp.Fired();
        return RefreshAndEvaluateHealthAsync();
    }

    private DeviceHealth Health => state.State.Health ??= new DeviceHealth();

    private void StartHealth()
    {
        _alerts = new RuleAlerts(GrainFactory, _tenant, this);
    }

    private void ObserveHealth(TelemetryEvent e, DateTimeOffset heardAt)
    {
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

    private async Task RefreshRulesAsync() => _rules = await rulesCache.GetAsync(_tenant, state.State.SiteId);

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
        var health = Health;
        var now = clock.GetUtcNow();
        var offline = OfflineDetector.Check(health.LastHeardAt, health.ShiftStartedAt, now, OfflineDetector.SilenceOf(_rules[RuleTypes.DeviceOffline]));
        Observe(RuleTypes.DeviceOffline, now, _rules.Spec(RuleTypes.DeviceOffline)?.LevelOf(offline.SilenceMin ?? 0));
        DateTimeOffset? next = offline.IsOffline ? null : offline.DueAt;
        var changed = false;
        var subject = new RuleSubject(state.State.SiteId, state.State.GuardId, _deviceId);
        foreach (var type in Evaluated)
        {
            if (_rules.Spec(type) is not { } spec || !health.Slots.TryGetValue(type, out var slot))
            {
                continue;
            }

            var outcome = RuleCondition.Evaluate(slot.State, spec, now, await _alerts.OpenStateAsync(slot));
            slot.State = outcome.State;
            var value = type switch
            {
                RuleTypes.DeviceOffline => offline.SilenceMin,
                RuleTypes.BatteryShiftRisk => health.ShiftMarginMin(now, _rules[type].Window),
                _ => null,
            };
            changed |= await _alerts.ApplyAsync(slot, outcome, subject, value, now);
            next = outcome.DueAt is { } due && (next is null || due < next) ? due : next;
        }

        if (changed)
        {
            await SaveAsync();
        }

        _wakeUp.Arm(next, now, scheduler, this.GetGrainId(), HealthJob);
    }
}
