using System.Collections.Frozen;
using System.Globalization;
using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Notifications;

namespace Monitoring.Grains.Notifications;

/// <summary>A tenant's notification policy in the form the notifier applies: domain routes, silences and inhibition rules, and the contacts by id.</summary>
public sealed class NotificationRules
{
    private NotificationRules(NotificationPolicy policy)
    {
        Version = policy.Version;
        Contacts = policy.Contacts.ToFrozenDictionary(c => c.ContactId, StringComparer.Ordinal);
        Routes = [.. policy.Routes.Select(ToRule)];
        Silences = [.. policy.Silences.Select(ToRule)];
        Inhibitions = [.. policy.Inhibitions.Select(ToRule)];
    }

    public long Version { get; }

    public FrozenDictionary<string, Contact> Contacts { get; }

    public IReadOnlyList<RouteRule> Routes { get; }

    public IReadOnlyList<SilenceRule> Silences { get; }

    public IReadOnlyList<InhibitionRule> Inhibitions { get; }

    /// <summary>No book yet: nothing routed, silenced or inhibited.</summary>
    public static NotificationRules Empty { get; } = From(new NotificationPolicy(0, [], [], [], []));

    public static NotificationRules From(NotificationPolicy policy) => new(policy);

    private static RouteRule ToRule(Route route) => new(
        route.RouteId,
        route.SiteIds,
        route.Types,
        route.Severities,
        Hour(route.Hours?.From),
        Hour(route.Hours?.To),
        route.Tiers.GroupBy(t => t.Tier).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(t => t.ContactIds).Distinct(StringComparer.Ordinal)]),
        new GroupTimings(
            TimeSpan.FromSeconds(Math.Max(0, route.GroupWaitS)),
            TimeSpan.FromSeconds(Math.Max(1, route.GroupIntervalS)),
            TimeSpan.FromSeconds(Math.Max(60, route.RepeatIntervalS))));

    private static SilenceRule ToRule(Silence silence) => new(
        silence.SilenceId,
        silence.Matchers.SiteId,
        silence.Matchers.GuardId,
        silence.Matchers.DeviceId,
        silence.Matchers.Type,
        silence.Matchers.Severity,
        silence.StartsAt,
        silence.EndsAt,
        silence.EndedAt);

    private static InhibitionRule ToRule(Inhibition rule) => new(
        rule.InhibitionId,
        rule.SourceTypes,
        rule.SourceMinSeverity,
        rule.TargetTypes,
        rule.Equal switch
        {
            InhibitionScope.Device => InhibitionShare.Device,
            InhibitionScope.Site => InhibitionShare.Site,
            _ => InhibitionShare.Guard,
        },
        rule.OnlyDevice);

    // The book validates HH:mm; anything else reads as no window (all day) rather than failing routing.
    private static TimeSpan? Hour(string? text) =>
        TimeSpan.TryParseExact(text, @"hh\:mm", CultureInfo.InvariantCulture, out var at) ? at : null;
}
