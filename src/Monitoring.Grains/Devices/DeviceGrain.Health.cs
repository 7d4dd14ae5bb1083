using System.Globalization;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Rules;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Rules;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Rules;

namespace Monitoring.Grains.Devices;

/// <summary>
/// Device-health rules (battery low/critical, poor signal, high memory, offline): readings feed each
/// rule's condition (<see cref="RuleCondition"/>); the decision raises, updates or clears the rule's
/// one alert. A timer (the scheduler on the manual clock) re-evaluates when something falls due, so
/// an offline device is noticed without any further message. Rules come from the tenant's rule book.
/// </summary>
internal sealed partial class DeviceGrain
{
    internal const string HealthJob = "health";
    private static readonly TimeSpan RulesRefresh = TimeSpan.FromMinutes(1);
    private static readonly string[] Evaluated = [RuleTypes.BatteryLow, RuleTypes.PoorSignal, RuleTypes.HighMemory, RuleTypes.DeviceOffline];

    private static readonly Dictionary<string, ConditionSpec?> DefaultSpecs = SpecsOf(RuleTable.Default);

    private RuleTable _rules = RuleTable.Default;
    private Dictionary<string, ConditionSpec?> _specs = DefaultSpecs;
    private ResolvedRules? _resolved;
    private long _rulesReadAt = long.MinValue;
    private IGrainTimer? _healthTimer;
    private DateTimeOffset? _healthDueAt;

    public Task OnDueAsync(string job, DateTimeOffset dueAt)
    {
        if (job != HealthJob)
        {
            return Task.CompletedTask;
        }

        _healthDueAt = null;
        return EvaluateHealthAsync();
    }

    private DeviceHealth Health => state.State.Health ??= new DeviceHealth();

    private void ObserveHealth(TelemetryEvent e, DateTimeOffset heardAt)
    {
        var health = Health;
        health.LastHeardAt = heardAt;
        if (e.Type == Domain.Telemetry.EventType.ShiftStart)
        {
            health.ShiftStartedAt = e.Ts;
        }
        else if (e.Type == Domain.Telemetry.EventType.ShiftEnd)
        {
            health.ShiftStartedAt = null;
        }

        if (e.Battery is { } percent)
        {
            var charging = e.Charging ?? false;
            health.RecordBattery(e.Ts, percent, charging);
            Observe(RuleTypes.BatteryLow, e.Ts, Spec(RuleTypes.BatteryLow)?.LevelOf(charging ? null : percent));
        }

        if (e.SignalDbm is { } dbm)
        {
            Observe(RuleTypes.PoorSignal, e.Ts, Spec(RuleTypes.PoorSignal)?.LevelOf(dbm));
        }

        if (e.MemoryPct is { } memory)
        {
            Observe(RuleTypes.HighMemory, e.Ts, Spec(RuleTypes.HighMemory)?.LevelOf(memory));
        }
    }

    private void Observe(string type, DateTimeOffset at, int? level)
    {
        var slot = Health.Slot(type);
        slot.State = RuleCondition.Observe(slot.State, at, level);
    }

    private ConditionSpec? Spec(string type) => _specs[type];

    // Built once per rule table (not per batch): battery low and critical are one two-level condition.
    private static Dictionary<string, ConditionSpec?> SpecsOf(RuleTable rules) => new(StringComparer.Ordinal)
    {
        [RuleTypes.BatteryLow] = ConditionSpec.ForBattery(rules),
        [RuleTypes.PoorSignal] = ConditionSpec.For(rules[RuleTypes.PoorSignal]),
        [RuleTypes.HighMemory] = ConditionSpec.For(rules[RuleTypes.HighMemory]),
        [RuleTypes.DeviceOffline] = ConditionSpec.For(rules[RuleTypes.DeviceOffline]),
    };

    /// <summary>Runs every rule at the clock's time, acts on the decisions, and sets the next wake-up.</summary>
    private async Task EvaluateHealthAsync()
    {
        await RefreshRulesAsync();
        var health = Health;
        var now = clock.GetUtcNow();
        var offline = OfflineDetector.Check(health.LastHeardAt, health.ShiftStartedAt, now, OfflineDetector.SilenceOf(_rules[RuleTypes.DeviceOffline]));
        Observe(RuleTypes.DeviceOffline, now, Spec(RuleTypes.DeviceOffline)?.LevelOf(offline.SilenceMin ?? 0));
        DateTimeOffset? next = offline.IsOffline ? null : offline.DueAt;
        var changed = false;
        foreach (var type in Evaluated)
        {
            if (Spec(type) is not { } spec || !health.Slots.TryGetValue(type, out var slot))
            {
                continue;
            }

            var outcome = RuleCondition.Evaluate(slot.State, spec, now, await OpenStateAsync(slot));
            slot.State = outcome.State;
            changed |= await ApplyAsync(slot, outcome, type == RuleTypes.DeviceOffline ? offline.SilenceMin : null);
            next = outcome.DueAt is { } due && (next is null || due < next) ? due : next;
        }

        if (changed)
        {
            await SaveAsync();
        }

        Arm(next, now);
    }

    private async Task<OpenAlertState> OpenStateAsync(RuleSlot slot)
    {
        if (slot.AlertId is not { } id)
        {
            return OpenAlertState.None;
        }

        var alert = await GrainFactory.GetGrain<IAlertGrain>(GrainKeys.Compose(_tenant, id)).GetAsync();
        return alert is null || !AlertWorkflow.IsOpen(alert.Status) ? OpenAlertState.None
            : AlertWorkflow.IsOwned(alert.Status) ? OpenAlertState.Owned : OpenAlertState.Unowned;
    }

    private async Task<bool> ApplyAsync(RuleSlot slot, RuleOutcome outcome, double? value)
    {
        var s = state.State;
        if (outcome.Level is not { } level || s.SiteId is not { } siteId)
        {
            return false;
        }

        var draft = new AlertDraft(level.Type, level.Severity, siteId, s.GuardId, _deviceId, value,
            string.Create(CultureInfo.InvariantCulture, $"{{\"rule\":\"{level.Type}\",\"threshold\":{level.Threshold},\"value\":{(value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "null")}}}"),
            level.Sla);
        switch (outcome.Decision)
        {
            case AlertDecision.Raise:
                slot.AlertId = "alr_" + Guid.CreateVersion7(clock.GetUtcNow()).ToString("N");
                await SaveAsync();
                await GrainFactory.GetGrain<IAlertGrain>(GrainKeys.Compose(_tenant, slot.AlertId)).RaiseAsync(draft);
                return true;
            case AlertDecision.Update when slot.AlertId is { } open:
                await GrainFactory.GetGrain<IAlertGrain>(GrainKeys.Compose(_tenant, open)).UpdateAsync(draft);
                return true;
            case AlertDecision.Clear when slot.AlertId is { } open:
                await GrainFactory.GetGrain<IAlertGrain>(GrainKeys.Compose(_tenant, open)).ClearAsync("condition_cleared");
                slot.AlertId = null;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Wakes the grain at <paramref name="next"/>. A wake-up already set for earlier stays (it only
    /// re-evaluates and re-arms), so a device streaming events does not re-create its timer per batch.
    /// </summary>
    private void Arm(DateTimeOffset? next, DateTimeOffset now)
    {
        if (next is not { } due || (_healthDueAt is { } armed && armed > now && armed <= due))
        {
            return;
        }

        _healthDueAt = due;
        scheduler.Schedule(this.GetGrainId(), HealthJob, due);
        if (!clock.IsManual)
        {
            _healthTimer?.Dispose();
            var wait = due > now ? due - now : TimeSpan.Zero;
            _healthTimer = this.RegisterGrainTimer(
                () => { _healthDueAt = null; return EvaluateHealthAsync(); },
                new GrainTimerCreationOptions(wait, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        }
    }

    private async Task RefreshRulesAsync()
    {
        if (Environment.TickCount64 - _rulesReadAt < RulesRefresh.TotalMilliseconds)
        {
            return;
        }

        _rulesReadAt = Environment.TickCount64;
        var book = GrainFactory.GetGrain<IRuleBookGrain>(_tenant);
        if (_resolved is null || _resolved.SiteId != state.State.SiteId || await book.GetVersionAsync() != _resolved.Version)
        {
            _resolved = await book.ResolveAsync(state.State.SiteId);
            _rules = _resolved.ToTable();
            _specs = SpecsOf(_rules);
        }
    }
}
