using Monitoring.Domain.Alerts;
using Monitoring.Domain.Notifications;
using Monitoring.Grains.Keys;

namespace Monitoring.Grains.Notifications;

/// <summary>
/// The flush: the items of every group now due (its incident's group, or its own until the incident is
/// known, decided here so alerts linked during the group wait share one message), the repeats of
/// groups still firing and what rate limits held back and now release, as one message per contact and
/// kind. A contact over its limit keeps its items for its next allowed message (a digest); none is
/// dropped. The plan is written before it is queued, so a crash between queues it again, under the
/// same idempotency keys.
/// </summary>
internal sealed partial class NotificationGrain
{
    private async Task FlushAsync(NotificationRules rules, TimeZoneInfo zone, DateTimeOffset now)
    {
        var taken = new List<PendingNotice>();
        var sentGroups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in S.Pending.GroupBy(p => GroupOf(p.AlertId), StringComparer.Ordinal))
        {
            if (DueAt(group, rules, zone, now) <= now)
            {
                taken.AddRange(group);
                sentGroups.Add(group.Key);
            }
        }

        taken.AddRange(Repeats(rules, zone, now, sentGroups));
        var released = S.Held.Where(h => h.ReleaseAt <= now).ToList();
        if (taken.Count == 0 && released.Count == 0)
        {
            Forget();
            return;
        }

        var plan = new FlushPlan(S.Alerts, rules, _held);
        foreach (var item in taken)
        {
            plan.Add(item, Recipients(item, rules, zone, now));
        }

        foreach (var held in released)
        {
            plan.Add(new PendingNotice(held.AlertId, held.Tier, held.Kind, now), [held.ContactId]);
        }

        S.Pending.RemoveAll(taken.Contains);
        S.Held.RemoveAll(released.Contains);
        foreach (var group in sentGroups)
        {
            S.GroupSentAt[group] = now;
        }

        var number = S.Flushes + 1;
        await plan.LimitAsync(now, S.Held, (contact, key) => GrainFactory
            .GetGrain<IContactLimiterGrain>(GrainKeys.Compose(_tenant, contact.ContactId))
            .TakeAsync($"{this.GetPrimaryKeyString()}/{number}/{key}", now, contact.RateLimitMessages, contact.RateLimitMinutes));
        var messages = plan.Messages(_tenant, _siteId, number, now, links);
        Forget();
        _dirty = true;
        if (messages.Count == 0)
        {
            return;
        }

        S.Flushes = number;
        S.Planned = messages;
        await state.WriteStateAsync();
        await QueuePlannedAsync();
    }

    private async Task QueuePlannedAsync()
    {
        if (S.Planned is { } planned)
        {
            await outbox.EnqueueAsync(planned);
            S.Planned = null;
            _dirty = true;
        }
    }

    private IReadOnlyList<string> Recipients(PendingNotice item, NotificationRules rules, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (!S.Alerts.TryGetValue(item.AlertId, out var alert))
        {
            return [];
        }

        return item.Kind is NoticeKind.Firing or NoticeKind.Escalated
            ? [.. Routing.Contacts(rules.Routes, alert.ToNotice(item.AlertId, _siteId), item.Tier, now, zone)
                .Where(c => !alert.Told.TryGetValue(c, out var tiers) || (tiers & (1 << item.Tier)) == 0)]
            : [.. alert.Told.Keys];
    }

    private IEnumerable<PendingNotice> Repeats(NotificationRules rules, TimeZoneInfo zone, DateTimeOffset now, HashSet<string> sentGroups)
    {
        foreach (var group in S.Alerts.Where(a => a.Value.Status == AlertStatus.Active && a.Value.Told.Count > 0 && !_held.Contains(a.Key))
            .GroupBy(a => a.Value.GroupOf(a.Key), StringComparer.Ordinal))
        {
            if (sentGroups.Contains(group.Key) || !S.GroupSentAt.TryGetValue(group.Key, out var sentAt)
                || GroupSchedule.RepeatDueAt(sentAt, TimingsOf(group.Select(a => a.Key), rules, zone, now)) > now)
            {
                continue;
            }

            sentGroups.Add(group.Key);
            foreach (var (alertId, _) in group)
            {
                yield return new PendingNotice(alertId, 0, NoticeKind.Repeat, now);
            }
        }
    }

    private DateTimeOffset? NextDueAt(NotificationRules rules, TimeZoneInfo zone, DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        void Consider(DateTimeOffset at) => next = next is null || at < next ? at : next;
        foreach (var group in S.Pending.GroupBy(p => GroupOf(p.AlertId), StringComparer.Ordinal))
        {
            Consider(DueAt(group, rules, zone, now));
        }

        foreach (var group in S.Alerts.Where(a => a.Value.Status == AlertStatus.Active && a.Value.Told.Count > 0 && !_held.Contains(a.Key))
            .GroupBy(a => a.Value.GroupOf(a.Key), StringComparer.Ordinal))
        {
            if (S.GroupSentAt.TryGetValue(group.Key, out var sentAt))
            {
                Consider(GroupSchedule.RepeatDueAt(sentAt, TimingsOf(group.Select(a => a.Key), rules, zone, now)));
            }
        }

        foreach (var held in S.Held)
        {
            Consider(held.ReleaseAt);
        }

        if (S.Alerts.Values.Any(a => a.IsOpen) && Silencing.NextBoundary(rules.Silences, now) is { } boundary)
        {
            Consider(boundary);
        }

        return next is { } due && due <= now ? now.AddSeconds(1) : next;
    }

    private DateTimeOffset DueAt(IGrouping<string, PendingNotice> group, NotificationRules rules, TimeZoneInfo zone, DateTimeOffset now)
    {
        var urgent = group.Where(p => p.IsUrgent).Select(p => p.Since).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        var first = group.Min(p => p.Since);
        var waiting = GroupSchedule.PendingDueAt(
            first, S.GroupSentAt.TryGetValue(group.Key, out var sentAt) ? sentAt : null, TimingsOf(group.Select(p => p.AlertId), rules, zone, now));
        return urgent < waiting ? urgent : waiting;
    }

    private GroupTimings TimingsOf(IEnumerable<string> alertIds, NotificationRules rules, TimeZoneInfo zone, DateTimeOffset now)
    {
        GroupTimings? timings = null;
        foreach (var alertId in alertIds.Distinct(StringComparer.Ordinal))
        {
            if (S.Alerts.TryGetValue(alertId, out var alert))
            {
                var own = Routing.Timings(rules.Routes, alert.ToNotice(alertId, _siteId), now, zone);
                timings = timings is null ? own : timings.Min(own);
            }
        }

        return timings ?? GroupTimings.Default;
    }

    private string GroupOf(string alertId) => S.Alerts.TryGetValue(alertId, out var alert) ? alert.GroupOf(alertId) : alertId;

    // A closed alert is forgotten once nothing about it waits; a group mark once no alert is in the group.
    private void Forget()
    {
        var waiting = S.Pending.Select(p => p.AlertId).Concat(S.Held.Select(h => h.AlertId)).ToHashSet(StringComparer.Ordinal);
        foreach (var alertId in S.Alerts.Where(a => !a.Value.IsOpen && !waiting.Contains(a.Key)
            && (a.Value.Told.Count == 0 || a.Value.ResolvedQueued)).Select(a => a.Key).ToList())
        {
            S.Alerts.Remove(alertId);
            _dirty = true;
        }

        var groups = S.Alerts.Select(a => a.Value.GroupOf(a.Key)).ToHashSet(StringComparer.Ordinal);
        foreach (var group in S.GroupSentAt.Keys.Where(g => !groups.Contains(g)).ToList())
        {
            S.GroupSentAt.Remove(group);
            _dirty = true;
        }
    }
}
