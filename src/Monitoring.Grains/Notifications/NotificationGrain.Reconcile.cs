using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Notifications;
using Monitoring.Grains.Keys;

namespace Monitoring.Grains.Notifications;

/// <summary>
/// Applying the policy to the alerts followed: which silence or inhibiting alert holds each open one
/// (the alert is told, without waiting), which (alert, tier) items are owed (an active alert neither
/// silenced nor inhibited gets tier 0 and one tier per escalation level, each once), the
/// acknowledged and resolved messages owed to the contacts told, and the silenced counts the book
/// needs to end a silence with its alerts.
/// </summary>
internal sealed partial class NotificationGrain
{
    private const int MaxTier = 3;

    // Alerts a silence or an inhibition holds at the last reconcile: their items are not sent.
    private readonly HashSet<string> _held = new(StringComparer.Ordinal);

    // Marks sent to alerts and not answered yet, so a burst of changes does not repeat them.
    private readonly HashSet<string> _telling = new(StringComparer.Ordinal);

    private void Reconcile(NotificationRules rules, DateTimeOffset now)
    {
        _held.Clear();
        var open = S.Alerts.Where(a => a.Value.IsOpen).Select(a => a.Value.ToNotice(a.Key, _siteId)).ToList();
        var silenced = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (alertId, alert) in S.Alerts)
        {
            if (!alert.IsOpen)
            {
                QueueClosing(alertId, alert, NoticeKind.Resolved, now);
                continue;
            }

            var notice = alert.ToNotice(alertId, _siteId);
            var silence = Silencing.Find(rules.Silences, notice, now);
            var inhibitor = Inhibitor.Find(rules.Inhibitions, notice, open);
            Tell(alertId, alert, silence, inhibitor);
            if (silence is not null)
            {
                silenced[silence] = silenced.GetValueOrDefault(silence) + 1;
            }

            if (silence is not null || inhibitor is not null)
            {
                _held.Add(alertId);
            }
            else if (alert.Status == AlertStatus.Active)
            {
                // No route, no item: a tenant without routes costs nothing; routes added later pick up open alerts.
                if (rules.Routes.Count > 0)
                {
                    QueueTiers(alertId, alert, now);
                }
            }
            else
            {
                QueueClosing(alertId, alert, NoticeKind.Acknowledged, now);
            }
        }

        ReportSilenced(silenced);
    }

    private void QueueTiers(string alertId, FollowedAlert alert, DateTimeOffset now)
    {
        for (var tier = 0; tier <= Math.Min(MaxTier, alert.EscalationLevel); tier++)
        {
            if ((alert.QueuedTiers & (1 << tier)) == 0)
            {
                alert.QueuedTiers |= 1 << tier;
                S.Pending.Add(new PendingNotice(alertId, tier, tier == 0 ? NoticeKind.Firing : NoticeKind.Escalated, now));
                _dirty = true;
            }
        }
    }

    // Only contacts that were told about the alert hear that it was taken or resolved.
    private void QueueClosing(string alertId, FollowedAlert alert, NoticeKind kind, DateTimeOffset now)
    {
        var queued = kind == NoticeKind.Resolved ? alert.ResolvedQueued : alert.AckQueued;
        if (queued || alert.Told.Count == 0)
        {
            return;
        }

        if (kind == NoticeKind.Resolved)
        {
            alert.ResolvedQueued = true;
        }
        else
        {
            alert.AckQueued = true;
        }

        S.Pending.Add(new PendingNotice(alertId, 0, kind, now));
        _dirty = true;
    }

    private void Tell(string alertId, FollowedAlert alert, string? silence, string? inhibitor)
    {
        var grain = GrainFactory.GetGrain<IAlertGrain>(GrainKeys.Compose(_tenant, alertId));
        if (alert.SilencedBy != silence)
        {
            _ = TellAsync($"{alertId}|s|{silence}", alertId, () => grain.MarkSilencedAsync(silence));
        }

        if (alert.InhibitedBy != inhibitor)
        {
            _ = TellAsync($"{alertId}|i|{inhibitor}", alertId, () => grain.MarkInhibitedAsync(inhibitor));
        }
    }

    // Not awaited: the alert answers by saving, and its save tells this grain (OnAlertAsync).
    private async Task TellAsync(string mark, string alertId, Func<Task> call)
    {
        if (!_telling.Add(mark))
        {
            return;
        }

        try
        {
            await call();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogMarkFailed(logger, e, this.GetPrimaryKeyString(), alertId);
        }
        finally
        {
            _telling.Remove(mark);
        }
    }

    private void ReportSilenced(Dictionary<string, int> silenced)
    {
        foreach (var silenceId in S.SilencedReported.Keys.Union(silenced.Keys).ToList())
        {
            var count = silenced.GetValueOrDefault(silenceId);
            if (S.SilencedReported.TryGetValue(silenceId, out var reported) && reported == count)
            {
                continue;
            }

            if (count == 0)
            {
                S.SilencedReported.Remove(silenceId);
            }
            else
            {
                S.SilencedReported[silenceId] = count;
            }

            _dirty = true;
            _ = ReportAsync(silenceId, count);
        }
    }

    private async Task ReportAsync(string silenceId, int count)
    {
        try
        {
            await GrainFactory.GetGrain<INotificationBookGrain>(_tenant).ReportSilencedAsync(silenceId, _siteId, count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReportFailed(logger, e, this.GetPrimaryKeyString(), silenceId);
            // Reported again at the next reconcile.
            S.SilencedReported[silenceId] = -1;
        }
    }
}
