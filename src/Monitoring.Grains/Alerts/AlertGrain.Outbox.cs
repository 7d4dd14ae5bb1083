using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Feed;
using Monitoring.Contracts.Incidents;
using Monitoring.Contracts.Notifications;
using Monitoring.Contracts.Sites;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Fraud;
using Monitoring.Grains.Incidents;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Outbox;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Alerts;

/// <summary>
/// The outbox: <see cref="AlertSnapshot.Pending"/> names the steps the saved alert still owes. They
/// run in order right after the save, the ticket first, so the index, site, stream and feed hear of a
/// new alert once, with its ticket linked. A failure leaves the rest owed and a timer tries again with
/// backoff (and a new activation tries at once); only a failed ticket step lets the others go ahead,
/// so a desk that cannot answer does not hold back the alarm (they hear again once the ticket is linked). A finished drain is written lazily: with the next
/// change or at deactivation; after a crash the last steps run once more, which each of them allows
/// (upserts, set-like reports, a correlator that ignores a signal it already folded, a ticket link
/// checked first). Where reminders are durable, a failure also registers the <see cref="OutboxJob"/>
/// reminder (<see cref="Scheduling.IPeriodicWork.KeepWakingAsync"/>), so a silo death cannot strand
/// the owed steps: the reminder wakes the alert on another silo, which drains and removes it.
/// </summary>
internal sealed partial class AlertGrain
{
    private static readonly AlertFollowUps[] Steps =
    [
        AlertFollowUps.Ticket, AlertFollowUps.Index, AlertFollowUps.Site, AlertFollowUps.Signal,
        AlertFollowUps.Feed, AlertFollowUps.ArmEscalation, AlertFollowUps.StopEscalation, AlertFollowUps.Notify,
        AlertFollowUps.Label,
    ];

    internal const string OutboxJob = "outbox";

    private OutboxRetry? _retry;
    private bool _unwritten;
    private bool _reminded;

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_unwritten && state.State.Alert is not null)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    private async Task DrainAsync()
    {
        Exception? failure = null;
        var deferred = AlertFollowUps.None;
        while (state.State.Alert is { } alert && NextStep(state.State.Pending & ~deferred) is { } step)
        {
            try
            {
                await RunAsync(step, alert);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failure = e;
                if (step != AlertFollowUps.Ticket)
                {
                    break;
                }

                // A desk that cannot answer must not hold back the alarm: the others go ahead now.
                deferred = step;
                continue;
            }

            state.State.Pending &= step == AlertFollowUps.Feed ? ~(step | AlertFollowUps.Raised) : ~step;
            _unwritten = true;
        }

        if (failure is not null)
        {
            var delay = _retry!.Failed();
            LogFollowUpFailed(logger, failure, this.GetPrimaryKeyString(), state.State.Pending, _retry.Failures, delay);
            await RemindAsync();
            return;
        }

        _retry?.Done();
        if (_reminded)
        {
            await ForgetReminderAsync();
        }
    }

    private async Task RemindAsync()
    {
        if (_reminded)
        {
            return;
        }

        try
        {
            _reminded = await periodicWork.KeepWakingAsync(this, OutboxJob);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The reminder table may be down with the rest; the timer still retries while this activation lives.
            LogReminderFailed(logger, e, this.GetPrimaryKeyString());
        }
    }

    private async Task ForgetReminderAsync()
    {
        try
        {
            if (await this.GetReminder(OutboxJob) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            _reminded = false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A leftover reminder only wakes the alert to find nothing owed; it is removed then.
            LogReminderFailed(logger, e, this.GetPrimaryKeyString());
        }
    }

    /// <summary>The outbox reminder's tick: drain what is owed, then remove the reminder.</summary>
    private async Task OnOutboxReminderAsync()
    {
        _reminded = true;
        await DrainAsync();
    }

    private static AlertFollowUps? NextStep(AlertFollowUps pending)
    {
        foreach (var step in Steps)
        {
            if ((pending & step) != 0)
            {
                return step;
            }
        }

        return null;
    }

    private Task RunAsync(AlertFollowUps step, Alert alert) => step switch
    {
        AlertFollowUps.Index => GrainFactory.GetGrain<IAlertIndexGrain>(_tenant).UpsertAsync(alert),
        AlertFollowUps.Site => GrainFactory.GetGrain<ISiteGrain>(GrainKeys.Compose(_tenant, alert.SiteId))
            .ReportAlertAsync(alert.AlertId, alert.Severity, AlertWorkflow.IsOpen(alert.Status)),
        AlertFollowUps.Signal => this.SiteSignals(_tenant, alert.SiteId).OnNextAsync(new SiteSignal(
            SiteSignal.AlertKind, alert.AlertId, alert.Type, alert.Severity, alert.SiteId, alert.GuardId, alert.RaisedAt,
            AlertWorkflow.IsOpen(alert.Status), alert.Score, alert.History.Length)),
        AlertFollowUps.Feed => PublishAsync(alert, (state.State.Pending & AlertFollowUps.Raised) != 0),
        AlertFollowUps.Ticket => TicketAsync(alert),
        AlertFollowUps.ArmEscalation => ArmEscalationAsync(alert),
        AlertFollowUps.Notify => NotifyAsync(alert),
        AlertFollowUps.Label => FraudLabels.ApplyAsync(ServiceProvider.GetRequiredService<IFraudLedger>(), _tenant, alert),
        _ => StopEscalationAsync(),
    };

    // The site's notifier, after everything else: a notifier that cannot answer holds back no other step.
    private Task NotifyAsync(Alert alert) => notifications.Enabled
        ? GrainFactory.GetGrain<INotificationGrain>(GrainKeys.Compose(_tenant, alert.SiteId)).OnAlertAsync(alert)
        : Task.CompletedTask;

    private Task PublishAsync(Alert alert, bool raised)
    {
        publisher.Publish(FeedEnvelopes.Of(
            raised ? FeedTypes.AlertRaised : FeedTypes.AlertUpdated, _tenant, alert.SiteId, alert.GuardId, alert.UpdatedAt, alert));
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {Alert}: follow-ups {Pending} failed (attempt {Attempt}); tried again in {Delay}.")]
    private static partial void LogFollowUpFailed(ILogger logger, Exception error, string alert, AlertFollowUps pending, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {Alert}: the outbox reminder could not be set or removed.")]
    private static partial void LogReminderFailed(ILogger logger, Exception error, string alert);
}
