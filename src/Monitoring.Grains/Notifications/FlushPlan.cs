using System.Security.Cryptography;
using System.Text;
using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Alerts;

namespace Monitoring.Grains.Notifications;

/// <summary>
/// One flush's messages: per contact, one message about the alerts it is told of (firing, escalated or
/// repeated; all its channels), one about those acknowledged (PagerDuty only, which keeps its incident
/// in step) and one about those resolved (PagerDuty and webhooks, the machine receivers; people on
/// email, SMS and chat are not woken to hear that something is over). The first kind counts against the
/// contact's rate limit; the others do not.
/// </summary>
internal sealed class FlushPlan(IReadOnlyDictionary<string, FollowedAlert> alerts, NotificationRules rules, IReadOnlySet<string> held)
{
    private readonly Dictionary<string, Bundle> _bundles = new(StringComparer.Ordinal);

    public void Add(PendingNotice item, IEnumerable<string> contactIds)
    {
        if (!alerts.TryGetValue(item.AlertId, out var alert)
            || (IsAlerting(item.Kind) && (alert.Status != AlertStatus.Active || held.Contains(item.AlertId))))
        {
            return;
        }

        foreach (var contactId in contactIds)
        {
            if (rules.Contacts.TryGetValue(contactId, out var contact) && Channels(contact, item.Kind).Any())
            {
                var tier = item.Kind == NoticeKind.Repeat ? HighestTold(alert, contactId) : item.Tier;
                if (!_bundles.TryGetValue(contactId, out var bundle))
                {
                    _bundles[contactId] = bundle = new Bundle(contact);
                }

                bundle.Items.Add(item with { Tier = tier });
            }
        }
    }

    /// <summary>
    /// Asks each contact's limiter for its alerting message; one refused (or a contact still holding
    /// items) keeps its items in <paramref name="holding"/> until the limiter's time. Granted items count as told.
    /// </summary>
    public async Task LimitAsync(DateTimeOffset now, List<HeldNotice> holding, Func<Contact, string, Task<DateTimeOffset?>> take)
    {
        foreach (var bundle in _bundles.Values)
        {
            var alerting = bundle.Items.Where(i => IsAlerting(i.Kind)).ToList();
            if (alerting.Count == 0)
            {
                continue;
            }

            var contactId = bundle.Contact.ContactId;
            var holdUntil = holding.Where(h => h.ContactId == contactId && h.ReleaseAt > now).Select(h => (DateTimeOffset?)h.ReleaseAt).Max()
                ?? await take(bundle.Contact, contactId);
            if (holdUntil is { } until)
            {
                holding.AddRange(alerting.Select(i => new HeldNotice(contactId, i.AlertId, i.Tier, i.Kind, until)));
                bundle.Items.RemoveAll(i => IsAlerting(i.Kind));
                continue;
            }

            foreach (var item in alerting)
            {
                var told = alerts[item.AlertId].Told;
                told[contactId] = told.GetValueOrDefault(contactId) | (1 << item.Tier);
            }
        }
    }

    public List<OutboundNotification> Messages(string tenant, string siteId, long flush, DateTimeOffset now, AckLinks links)
    {
        var messages = new List<OutboundNotification>();
        foreach (var bundle in _bundles.Values)
        {
            foreach (var kind in bundle.Items.Select(i => MessageKindOf(i.Kind)).Distinct().Order())
            {
                var items = bundle.Items.Where(i => MessageKindOf(i.Kind) == kind)
                    .DistinctBy(i => (i.AlertId, i.Tier))
                    .OrderBy(i => alerts[i.AlertId].RaisedAt).ThenBy(i => i.AlertId, StringComparer.Ordinal)
                    .ToList();
                var reason = Reason(kind, items);
                var incidents = items.Select(i => alerts[i.AlertId].IncidentId).Distinct().ToList();
                var body = items.Select(i => ToItem(tenant, bundle.Contact.ContactId, i, reason, links)).ToList();
                var channels = bundle.Contact.Channels;
                for (var index = 0; index < channels.Length; index++)
                {
                    if (!Applies(channels[index].Kind, items[0].Kind))
                    {
                        continue;
                    }

                    var key = Key($"{tenant}/{siteId}/{flush}/{bundle.Contact.ContactId}/{kind}/{index}");
                    messages.Add(new OutboundNotification
                    {
                        DeliveryId = "dlv_" + key[..24],
                        IdempotencyKey = key,
                        Tenant = tenant,
                        SiteId = siteId,
                        IncidentId = incidents.Count == 1 ? incidents[0] : null,
                        Tier = items.Max(i => i.Tier),
                        ContactId = bundle.Contact.ContactId,
                        ContactName = bundle.Contact.Name,
                        Channel = channels[index],
                        Reason = reason,
                        Items = [.. body],
                        CreatedAt = now,
                    });
                }
            }
        }

        return messages;
    }

    private NotificationItem ToItem(string tenant, string contactId, PendingNotice item, NotificationReason reason, AckLinks links)
    {
        var alert = alerts[item.AlertId];
        return new NotificationItem
        {
            AlertId = item.AlertId,
            Type = alert.Type,
            Severity = alert.Severity,
            Status = alert.Status,
            GuardId = alert.GuardId,
            DeviceId = alert.DeviceId,
            RaisedAt = alert.RaisedAt,
            EscalationLevel = alert.EscalationLevel,
            SlaDueAt = alert.SlaDueAt,
            AckUrl = reason is NotificationReason.Acknowledged or NotificationReason.Resolved || alert.Status != AlertStatus.Active
                ? null
                : links.UrlFor(tenant, item.AlertId, contactId),
        };
    }

    private static NotificationReason Reason(int kind, List<PendingNotice> items) => kind switch
    {
        1 => NotificationReason.Acknowledged,
        2 => NotificationReason.Resolved,
        _ when items.Exists(i => i.Kind == NoticeKind.Escalated) => NotificationReason.Escalated,
        _ when items.Exists(i => i.Kind == NoticeKind.Firing) => NotificationReason.Firing,
        _ => NotificationReason.Repeat,
    };

    private static int MessageKindOf(NoticeKind kind) => kind switch
    {
        NoticeKind.Acknowledged => 1,
        NoticeKind.Resolved => 2,
        _ => 0,
    };

    private static bool IsAlerting(NoticeKind kind) => MessageKindOf(kind) == 0;

    private static IEnumerable<ContactChannel> Channels(Contact contact, NoticeKind kind) =>
        contact.Channels.Where(c => Applies(c.Kind, kind));

    private static bool Applies(ChannelKind channel, NoticeKind kind) => kind switch
    {
        NoticeKind.Acknowledged => channel == ChannelKind.Pagerduty,
        NoticeKind.Resolved => channel is ChannelKind.Pagerduty or ChannelKind.Webhook,
        _ => true,
    };

    private static int HighestTold(FollowedAlert alert, string contactId)
    {
        var tiers = alert.Told.GetValueOrDefault(contactId);
        var highest = 0;
        for (var tier = 0; tier < 8; tier++)
        {
            highest = (tiers & (1 << tier)) != 0 ? tier : highest;
        }

        return highest;
    }

    private static string Key(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private sealed record Bundle(Contact Contact)
    {
        public List<PendingNotice> Items { get; } = [];
    }
}
