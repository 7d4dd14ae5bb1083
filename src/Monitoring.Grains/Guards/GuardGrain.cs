using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Feed;
using Monitoring.Contracts.Guards;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Alerts;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Fraud;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Placement;
using Monitoring.Grains.Rules;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Guards;

/// <summary>
/// One guard, orchestrating its parts: the shift and breaks (<see cref="GuardShift"/>), inactivity
/// (<see cref="InactivityMonitor"/>), the baseline (<see cref="BaselineMonitor"/>) and the guard rules
/// (<see cref="GuardRuleSet"/>). The evaluation runs every evaluation period while the guard is on
/// shift, driven by the silo's periodic work (<see cref="IPeriodicWork"/>).
/// </summary>
[GuardPlacement]
internal sealed partial class GuardGrain(
    [PersistentState("guard")] IPersistentState<GuardSnapshot> state,
    MonitoringClock clock,
    IPeriodicWork periodicWork,
    FeedPublisher publisher,
    InactivitySettings settings,
    CheckpointPolicy checkpoint,
    IHealthRules healthRules,
    FraudServices fraud) : Grain, IGuardGrain, IRemindable, IFeedSource, IAlertOwner, ICheckpointed
{
    internal const string EvaluateJob = "evaluate";

    private string _tenant = "";
    private string _guardId = "";
    private InactivityMonitor _inactivity;
    private BaselineMonitor _baseline;
    private GuardRuleSet _rules = null!;
    private readonly GuardSite _site = new();
    private FeedThrottle _feed = null!;
    private DateTimeOffset _savedAt;

    private GuardSnapshot Guard => state.State;

    private GuardShift Shift => new(state.State);

    private OwnedAlert Alerts => new(GrainFactory, _tenant, this);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_tenant, _guardId) = GrainKeys.Split(this.GetPrimaryKeyString());
        _savedAt = clock.GetUtcNow();
        _inactivity = InactivityMonitor.Restore(Guard, settings);
        _baseline = BaselineMonitor.Restore(Guard);
        _rules = GuardRuleSet.Restore(Guard.Rules);
        Guard.DropStoredForms();
        _feed = new FeedThrottle(this.GetGrainId(), publisher, FeedThrottle.GuardInterval);
        if (Guard is { OnShift: true, NextDueAt: { } due })
        {
            periodicWork.SetDue(this, EvaluateJob, due);
        }

        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (Guard.Seen || Guard.Admitted)
        {
            await WriteAsync();
        }

        // No nudge would find this activation again: a held-back update goes out now.
        if (_feed.TakeAnyHeldBack())
        {
            await PublishAsync();
        }
    }

    public async ValueTask RecordAsync(GuardActivityBatch batch)
    {
        // A guard beyond the tenant's cap is not created, whatever event names it (shift starts are
        // refused per event before they get here: AdmitAsync).
        if (!await GuardAdmission.TakeSlotAsync(GrainFactory, _tenant, Guard))
        {
            return;
        }

        var changed = Shift.Seen(batch.LastSeenAt);
        foreach (var sample in batch.Samples)
        {
            _inactivity.Record(sample);
            changed |= sample.Type switch
            {
                EventType.ShiftStart => await StartShiftAsync(sample, batch.DeviceId),
                EventType.ShiftEnd => await EndShiftAsync(sample),
                _ => _inactivity.Break(Guard, sample.Type, sample.Ts, settings),
            };
        }

        changed |= Guard.OnShift && ListDevice(batch.DeviceId, log: false);
        if (Guard.OnShift)
        {
            await _site.EnsureReadAsync(GrainFactory, _tenant, Guard.SiteId);
            changed |= await _rules.ObserveAsync(RuleTurn, batch, _site.Fence);
        }

        changed |= await ScoreFraudAsync(batch);

        if (changed)
        {
            await SaveAsync();
        }

        await FeedChangedAsync();
    }

    public Task<string?> AdmitAsync(string siteId) => GuardAdmission.AdmitAsync(GrainFactory, _tenant, Guard, siteId, ServiceProvider);

    public Task FlushFeedAsync() => _feed.TakeHeldBack() ? PublishAsync() : Task.CompletedTask;

    public async Task<GuardState?> GetAsync() => Guard.Seen ? await ViewAsync() : null;

    public async Task<IReadOnlyList<string>> GetReminderNamesAsync() => [.. (await this.GetReminders()).Select(r => r.ReminderName)];

    public Task ReceiveReminder(string reminderName, TickStatus status) => OnDueAsync(reminderName, default);

    public Task OnDueAsync(string job, DateTimeOffset dueAt) => job switch
    {
        EvaluateJob => EvaluateIfDueAsync(),
        GuardRuleSet.WakeUpJob => RulesWokenAsync(),
        _ => Task.CompletedTask,
    };

    private async Task<bool> StartShiftAsync(ActivitySample sample, string deviceId)
    {
        if (Guard.OnShift)
        {
            ListDevice(deviceId, log: true);
            if (sample.SiteId is { } site && site != Guard.SiteId)
            {
                await _site.MoveAsync(GrainFactory, _tenant, Guard, site, _guardId);
            }

            return true;
        }

        var firstDueAt = clock.GetUtcNow() + settings.EvaluationPeriod;
        Shift.Start(sample.Ts, sample.SiteId, deviceId, firstDueAt);
        _rules.Reset();
        await periodicWork.StartAsync(this, EvaluateJob, firstDueAt, settings.EvaluationPeriod);
        await ReportStandingAsync(onShift: true, isInactive: false);
        return true;
    }

    private async Task<bool> EndShiftAsync(ActivitySample sample)
    {
        if (!Shift.End(sample.Ts))
        {
            return false;
        }

        await periodicWork.StopAsync(this, EvaluateJob);
        await InactivityMonitor.EndShiftAsync(Alerts, Guard);
        await _rules.EndAsync(Alerts, Guard);
        await ReportStandingAsync(onShift: false, isInactive: false);
        return true;
    }

    private bool ListDevice(string deviceId, bool log) => GuardAdmission.ListDevice(Guard, deviceId, ServiceProvider, log, _tenant, _guardId);

    /// <summary>
    /// Publishes the changed view. Its reads (site, open alert) cross to other grains; one cut by a
    /// stopping silo must not fail the change it reports, which is already applied and saved: the
    /// next change publishes the view again.
    /// </summary>
    private async Task FeedChangedAsync()
    {
        if (!_feed.Changed())
        {
            return;
        }

        try
        {
            await PublishAsync();
        }
        catch (OrleansMessageRejectionException e)
        {
            LogViewNotPublished(ServiceProvider.GetRequiredService<ILogger<GuardGrain>>(), _tenant, _guardId, e.Message);
        }
    }

    private async Task PublishAsync() =>
        publisher.Publish(FeedEnvelopes.Of(FeedTypes.GuardUpdated, _tenant, Guard.SiteId, _guardId, clock.GetUtcNow(), await ViewAsync()));

    /// <summary>A meaningful change, written as the storage policy says (<see cref="CheckpointPolicy"/>).</summary>
    private Task SaveAsync() => checkpoint.ChangedAsync(this);

    Task ICheckpointed.WriteStateAsync() => WriteAsync();

    Task IAlertOwner.StoreAlertIdAsync() => SaveAsync();

    private async Task WriteAsync()
    {
        _inactivity.Store(Guard);
        _baseline.Store(Guard);
        _rules.Store(Guard.Rules);
        await state.WriteStateAsync();
        _savedAt = clock.GetUtcNow();
        Guard.DropStoredForms();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Guard {Tenant}/{GuardId}: its changed view was not published ({Reason}); the next change publishes it.")]
    private static partial void LogViewNotPublished(ILogger logger, string tenant, string guardId, string reason);
}
