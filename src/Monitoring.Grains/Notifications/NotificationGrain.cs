using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Notifications;
using Monitoring.Contracts.Scheduling;
using Monitoring.Contracts.Sites;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Time;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Notifications;

/// <summary>
/// A site's notifier (key <c>{tenant}/{siteId}</c>): it follows the site's alerts, applies silences and
/// inhibition rules (telling the alert which holds it), keeps each (alert, tier) item until its group's
/// message is due, routes it to the tier's contacts under their rate limits and queues the messages in
/// the durable outbox. The flushes run when due on the monitoring clock (<see cref="IPeriodicWork"/>,
/// a durable reminder where reminders are durable), and at once when an escalation is owed.
/// It never waits on an alert, guard or device grain (they wait on it while they save), and
/// the book hears from it without waiting.
/// </summary>
internal sealed partial class NotificationGrain(
    [PersistentState("notifier")] IPersistentState<NotifierState> state,
    MonitoringClock clock,
    IPeriodicWork periodicWork,
    NotificationPolicyCache policies,
    INotificationOutbox outbox,
    AckLinks links,
    ILogger<NotificationGrain> logger) : Grain, INotificationGrain, IClockDrivenGrain, IRemindable
{
    internal const string FlushJob = "notify";
    private static readonly TimeSpan Backstop = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ZoneFreshness = TimeSpan.FromMinutes(15);

    private string _tenant = "";
    private string _siteId = "";
    private TimeZoneInfo? _zone;
    private long _zoneReadAt;
    private IGrainTimer? _recheck;
    private bool _dirty;

    private NotifierState S => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_tenant, _siteId) = GrainKeys.Split(this.GetPrimaryKeyString());
        if (S.Planned is not null || S.Pending.Count > 0 || S.Held.Count > 0 || S.Alerts.Count > 0)
        {
            // Work saved by an earlier activation: look at it at the next tick of the clock.
            periodicWork.WakeUp(this.GetGrainId(), FlushJob, clock.GetUtcNow());
        }

        return Task.CompletedTask;
    }

    public async Task OnAlertAsync(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (S.Alerts.TryGetValue(alert.AlertId, out var known) && known.UpdatedAt > alert.UpdatedAt)
        {
            return;
        }

        if (known is null)
        {
            if (!AlertWorkflow.IsOpen(alert.Status))
            {
                return;
            }

            known = new FollowedAlert { Type = alert.Type };
            S.Alerts[alert.AlertId] = known;
        }

        known.Update(alert);
        _dirty = true;
        await RunAsync();
    }

    public Task PolicyChangedAsync(long version)
    {
        policies.Invalidate(_tenant);
        // The book may be waiting on this call: look again in a moment, on a turn of its own.
        _recheck?.Dispose();
        _recheck = this.RegisterGrainTimer(_ => RecheckAsync(), new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        return Task.CompletedTask;
    }

    public Task OnDueAsync(string job, DateTimeOffset dueAt) => job == FlushJob ? RunAsync() : Task.CompletedTask;

    public Task ReceiveReminder(string reminderName, TickStatus status) => reminderName == FlushJob ? RunAsync() : Task.CompletedTask;

    private async Task RecheckAsync()
    {
        _recheck?.Dispose();
        _recheck = null;
        await RunAsync();
    }

    /// <summary>Queues a plan left by a crash, applies the policy, flushes what is due and sets the next due time.</summary>
    private async Task RunAsync()
    {
        await QueuePlannedAsync();
        var rules = await policies.GetAsync(_tenant);
        var zone = await ZoneAsync();
        var now = clock.GetUtcNow();
        Reconcile(rules, now);
        await FlushAsync(rules, zone, now);
        await ScheduleAsync(NextDueAt(rules, zone, now));
        if (_dirty)
        {
            await state.WriteStateAsync();
            _dirty = false;
        }
    }

    private async Task ScheduleAsync(DateTimeOffset? dueAt)
    {
        if (dueAt is { } due)
        {
            periodicWork.WakeUp(this.GetGrainId(), FlushJob, due);
            if (!S.Armed)
            {
                // Where reminders are durable, a silo's death cannot strand what is due here.
                await periodicWork.StartAsync(this, FlushJob, due, Backstop);
                S.Armed = true;
                _dirty = true;
            }
        }
        else if (S.Armed)
        {
            await periodicWork.StopAsync(this, FlushJob);
            S.Armed = false;
            _dirty = true;
        }
    }

    private async Task<TimeZoneInfo> ZoneAsync()
    {
        if (_zone is null || Environment.TickCount64 - _zoneReadAt > ZoneFreshness.TotalMilliseconds)
        {
            var site = await GrainFactory.GetGrain<ISiteGrain>(GrainKeys.Compose(_tenant, _siteId)).GetSettingsAsync();
            _zone = SiteClock.TryFindZone(site.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
            _zoneReadAt = Environment.TickCount64;
        }

        return _zone;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notifier {Notifier}: telling alert {Alert} its silence or inhibition failed; tried again at the next change.")]
    private static partial void LogMarkFailed(ILogger logger, Exception error, string notifier, string alert);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notifier {Notifier}: reporting silence {Silence} to the book failed; reported again at the next change.")]
    private static partial void LogReportFailed(ILogger logger, Exception error, string notifier, string silence);
}
