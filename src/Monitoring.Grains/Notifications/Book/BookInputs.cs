using System.Collections.Immutable;
using Monitoring.Contracts.Json;
using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Notifications;

namespace Monitoring.Grains.Notifications.Book;

/// <summary>The book's items as the domain checks read them (enums as wire names, so an undefined value reads as unknown).</summary>
internal static class BookInputs
{
    public static ContactInput Of(Contact contact) =>
        new(contact.ContactId, contact.Name, [.. Items(contact.Channels).Select(Of)], contact.RateLimitMessages, contact.RateLimitMinutes);

    public static ChannelInput? Of(ContactChannel? channel) => channel is null
        ? null
        : new(WireNames.Of(channel.Kind), channel.Url, channel.Address, channel.RoutingKey, channel.Phone, channel.Secret);

    public static RouteInput Of(Route route) => new(
        route.RouteId,
        route.Name,
        Items(route.SiteIds),
        Items(route.Types),
        Items(route.Severities),
        route.Hours is not null,
        route.Hours?.From,
        route.Hours?.To,
        [.. Items(route.Tiers).Select(t => t is null ? null : new TierInput(t.Tier, Items(t.ContactIds)))],
        route.GroupWaitS,
        route.GroupIntervalS,
        route.RepeatIntervalS);

    public static SilenceInput Of(Silence silence)
    {
        var m = silence.Matchers ?? new SilenceMatchers();
        return new(m.SiteId, m.GuardId, m.DeviceId, m.Type, m.Severity, silence.StartsAt, silence.EndsAt, silence.CreatedBy, silence.Comment);
    }

    public static InhibitionInput Of(Inhibition rule) => new(
        rule.InhibitionId, rule.Name, Items(rule.SourceTypes), rule.SourceMinSeverity, Items(rule.TargetTypes), WireNames.Of(rule.Equal));

    public static ImmutableArray<T> Items<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
