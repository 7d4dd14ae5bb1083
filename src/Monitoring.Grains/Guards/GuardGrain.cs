using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Feed;
using Monitoring.Contracts.Guards;
using Monitoring.Contracts.Sites;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Activity;
using Monitoring.Domain.Geo;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Rules;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Guards;

/// <summary>
/// One guard: shift and break state, the trailing activity window (per-minute buckets), and the
/// inactivity evaluation, which a reminder (reminders on, PostgreSQL) or the silo's scheduler (the
/// manual clock, the embedded default; <see cref="ReminderPolicy"/>) runs every evaluation period
/// while the guard is on shift. The decision itself is <see cref="GuardEvaluator"/>'s.
/// </summary>
internal sealed partial class GuardGrain(
    [PersistentState("guard")] IPersistentState<GuardSnapshot> state,
    MonitoringClock clock,
    DueWorkScheduler scheduler,
    FeedPublisher publisher,
    InactivitySettings settings,
    CheckpointPolicy checkpoint,
    HealthRulesPolicy rulesPolicy,
    RuleBookCache rulesCache) : Grain, IGuardGrain, IRemindable, IFeedSource
{
    internal const string EvaluateJob = "evaluate";
    private const double DefaultAccuracyM = 20.0;

    private string _tenant = "";
    private string _guardId = "";
    private ActivityWindow _window = null!;
    private ScoreHistory _scores = null!;
    private Site? _site;
    private FeedThrottle _feed = null!;
    private DateTimeOffset _savedAt;

    private GuardSnapshot S => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_tenant, _guardId) = GrainKeys.Split(this.GetPrimaryKeyString());
        _savedAt = clock.GetUtcNow();
        _window = ActivityWindow.Restore((S.Window ?? []).Select(b => b.ToBucket()), ActivityWindow.MinutesFor(settings.Window));
        _scores = ScoreHistory.Restore(S.Scores ?? [], MaxScores);
        RestoreBaseline();
        DropStoredForms();
        StartRules();
        _feed = new FeedThrottle(this.GetGrainId(), publisher, FeedThrottle.GuardInterval);
        if (S.OnShift && S.NextDueAt is { } due)
        {
            scheduler.Schedule(this.GetGrainId(), EvaluateJob, due);
        }

        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        S.Seen || S.Admitted ? WriteAsync() : Task.CompletedTask;

    public async ValueTask RecordAsync(GuardActivityBatch batch)
    {
        // A guard beyond the tenant's cap is not created, whatever event names it (shift starts are
        // refused per event before they get here: AdmitAsync).
        if (!await TakeGuardSlotAsync())
        {
            return;
        }

        var changed = !S.Seen;
        S.Seen = true;
        if (S.LastSeenAt is not { } seen || batch.LastSeenAt > seen)
        {
            S.LastSeenAt = batch.LastSeenAt;
        }

        foreach (var sample in batch.Samples)
        {
            _window.Record(sample.Ts, KindOf(sample.Type), FixOf(sample));
            changed |= sample.Type switch
            {
                EventType.ShiftStart => await StartShiftAsync(sample, batch.DeviceId),
                EventType.ShiftEnd => await EndShiftAsync(sample),
                EventType.BreakStart when S.OnShift => SetBreak(sample.Ts),
                EventType.BreakEnd when S.BreakStartedAt is not null => SetBreak(null),
                _ => false,
            };
        }

        changed |= S.OnShift && ListDevice(batch.DeviceId, log: false);

        changed |= await ObserveRulesAsync(batch);

        if (changed)
        {
            await SaveAsync();
        }

        await FeedChangedAsync();
    }

    public Task FlushFeedAsync() => _feed.TakeHeldBack() ? PublishAsync() : Task.CompletedTask;

    public async Task<GuardState?> GetAsync() => S.Seen ? await ViewAsync() : null;

    public async Task<GuardState?> EvaluateNowAsync()
    {
        if (!S.Seen)
        {
            return null;
        }

        if (S.OnShift)
        {
            await EvaluateAsync(clock.GetUtcNow());
        }

        return await ViewAsync();
    }

    public async Task<IReadOnlyList<string>> GetReminderNamesAsync() =>
        [.. (await this.GetReminders()).Select(r => r.ReminderName)];

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == EvaluateJob ? EvaluateIfDueAsync() : Task.CompletedTask;

    public Task OnDueAsync(string job, DateTimeOffset dueAt) => job switch
    {
        EvaluateJob => EvaluateIfDueAsync(),
        RulesJob => RulesWokenAsync(),
        _ => Task.CompletedTask,
    };

    private async Task<bool> StartShiftAsync(ActivitySample sample, string deviceId)
    {
        if (S.OnShift)
        {
            ListDevice(deviceId, log: true);
            if (sample.SiteId is { } site && site != S.SiteId)
            {
                await ReportToSiteAsync(onShift: false, isInactive: false);
                S.SiteId = site;
                await ReportToSiteAsync(onShift: true, isInactive: false);
            }

            return true;
        }

        var now = clock.GetUtcNow();
        S.OnShift = true;
        S.SiteId = sample.SiteId ?? S.SiteId;
        S.ShiftStartedAt = sample.Ts;
        S.ShiftEndedAt = null;
        S.BreakStartedAt = null;
        S.Armed = true;
        S.ConsecutiveInactiveWindows = 0;
        S.LastEvaluation = null;
        S.DeviceIds = [deviceId];
        ResetRules();
        S.NextDueAt = now + settings.EvaluationPeriod;
        if (scheduler.UsesReminders)
        {
            await this.RegisterOrUpdateReminder(EvaluateJob, settings.EvaluationPeriod, settings.EvaluationPeriod);
        }

        scheduler.Schedule(this.GetGrainId(), EvaluateJob, S.NextDueAt.Value);
        await ReportToSiteAsync(onShift: true, isInactive: false);
        return true;
    }

    private async Task<bool> EndShiftAsync(ActivitySample sample)
    {
        if (!S.OnShift)
        {
            return false;
        }

        S.OnShift = false;
        S.ShiftEndedAt = sample.Ts;
        S.BreakStartedAt = null;
        S.NextDueAt = null;
        S.ConsecutiveInactiveWindows = 0;
        scheduler.Cancel(this.GetGrainId(), EvaluateJob);
        if (scheduler.UsesReminders && await this.GetReminder(EvaluateJob) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        if (S.OpenAlertId is { } alertId)
        {
            var alert = await GrainFactory.GetGrain<IAlertGrain>(GrainKeys.Compose(_tenant, alertId)).ClearAsync("shift_ended");
            S.OpenAlertId = alert is { Status: not Domain.Alerts.AlertStatus.Resolved } ? alertId : null;
        }

        await EndRulesAsync();
        await ReportToSiteAsync(onShift: false, isInactive: false);
        return true;
    }

    private bool SetBreak(DateTimeOffset? startedAt)
    {
        S.BreakStartedAt = startedAt;
        return true;
    }

    private static ActivityKind KindOf(EventType type) => type switch
    {
        EventType.Phone => ActivityKind.Phone,
        EventType.TaskCompleted => ActivityKind.Task,
        EventType.Checkpoint => ActivityKind.Checkpoint,
        _ => ActivityKind.None,
    };

    private static GeoFix? FixOf(ActivitySample sample) =>
        sample is { Lat: { } lat, Lon: { } lon } ? new GeoFix(lat, lon, sample.AccuracyM ?? DefaultAccuracyM) : null;

    private Task FeedChangedAsync() => _feed.Changed() ? PublishAsync() : Task.CompletedTask;

    private async Task PublishAsync() =>
        publisher.Publish(FeedEnvelopes.Of(FeedTypes.GuardUpdated, _tenant, S.SiteId, _guardId, clock.GetUtcNow(), await ViewAsync()));

    /// <summary>Writes the state on a meaningful change, where the storage outlives the silo (<see cref="CheckpointPolicy"/>).</summary>
    private Task SaveAsync() => checkpoint.OnChange ? WriteAsync() : Task.CompletedTask;

    private async Task WriteAsync()
    {
        S.Window = [.. _window.Buckets().Select(BucketRecord.From)];
        S.Scores = [.. _scores.ToArray()];
        StoreBaseline();
        StoreRules();
        await state.WriteStateAsync();
        _savedAt = clock.GetUtcNow();
        DropStoredForms();
    }

    // The live window, scores and baseline are the grain's compact forms; the lists are only for
    // storage, so they are not kept between saves (up to 38 + 48 records, about 4 KB per guard).
    private void DropStoredForms() => (S.Window, S.Scores, S.BaselineSlots, S.Resolutions) = (null, null, null, null);

    private async Task ReportToSiteAsync(bool onShift, bool isInactive)
    {
        if (S.SiteId is { } siteId)
        {
            _site = await GrainFactory.GetGrain<ISiteGrain>(GrainKeys.Compose(_tenant, siteId))
                .ReportGuardAsync(_guardId, onShift, isInactive);
        }
    }
}
