using System.Globalization;

namespace Monitoring.Domain.Notifications;

/// <summary>
/// Checks a route against the tenant: every site it names exists (a route naming only unknown sites
/// would match nothing), every type and severity is known, the hours are a real window, tiers 0..3
/// each at most once with at least one contact of the tenant, and the group timings in range.
/// </summary>
public static class RouteRules
{
    public const int MaxTier = 3;
    public const int MaxGroupWaitS = 3600;
    public const int MaxGroupIntervalS = 86_400;
    public const int MinRepeatIntervalS = 60;
    public const int MaxRepeatIntervalS = 604_800;

    public static IReadOnlyList<BookError> Check(RouteInput route, Func<string, bool> contactExists, Func<string, bool> siteExists)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(contactExists);
        ArgumentNullException.ThrowIfNull(siteExists);
        var errors = new BookErrors();
        errors.Check(!BookIds.IsValid(route.RouteId), "routeId", BookIds.Rule);
        BookText.Optional(errors, route.Name, "name", BookLimits.NameLength);
        Each(errors, route.SiteIds ?? [], "siteIds", BookLimits.SitesPerRoute, (id, path) =>
            errors.Check(!BookIds.IsValid(id), path, BookIds.Rule) || errors.Check(!siteExists(id!), path, "no such site in this tenant"));
        Each(errors, route.Types ?? [], "types", BookLimits.TypesPerItem, (type, path) =>
            errors.Check(!AlertTypeCatalog.IsKnown(type), path, "must be one of " + AlertTypeCatalog.Known));
        var severities = route.Severities ?? [];
        for (var i = 0; i < severities.Count; i++)
        {
            errors.Check(!Enum.IsDefined(severities[i]), $"severities[{i}]", "must be low, medium, high or critical");
        }

        if (route.HasHours)
        {
            CheckHours(errors, route.HoursFrom, route.HoursTo);
        }

        CheckTiers(errors, route.Tiers ?? [], contactExists);
        errors.Check(route.GroupWaitS is < 0 or > MaxGroupWaitS, "groupWaitS", $"must be 0-{MaxGroupWaitS} seconds");
        errors.Check(route.GroupIntervalS is < 1 or > MaxGroupIntervalS, "groupIntervalS", $"must be 1-{MaxGroupIntervalS} seconds");
        errors.Check(route.RepeatIntervalS is < MinRepeatIntervalS or > MaxRepeatIntervalS, "repeatIntervalS",
            $"must be {MinRepeatIntervalS}-{MaxRepeatIntervalS} seconds");
        return errors.List;
    }

    /// <summary>Minutes after midnight of an <c>HH:mm</c> time, or null when it is not one.</summary>
    public static int? MinuteOfDay(string? text) =>
        text is { Length: 5 } && DateTime.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? (time.Hour * 60) + time.Minute
            : null;

    private static void CheckHours(BookErrors errors, string? from, string? to)
    {
        var start = MinuteOfDay(from);
        var end = MinuteOfDay(to);
        errors.Check(start is null, "hours.from", "required, HH:mm (00:00-23:59)");
        errors.Check(end is null, "hours.to", "required, HH:mm (00:00-23:59)");
        errors.Check(start is not null && start == end, "hours.to", "must differ from hours.from (the window would be empty)");
    }

    private static void CheckTiers(BookErrors errors, IReadOnlyList<TierInput?> tiers, Func<string, bool> contactExists)
    {
        if (errors.Check(tiers.Count is 0 or > MaxTier + 1, "tiers", $"required, 1-{MaxTier + 1} tiers"))
        {
            return;
        }

        var seen = new HashSet<int>();
        for (var i = 0; i < tiers.Count; i++)
        {
            var path = $"tiers[{i}]";
            if (errors.Check(tiers[i] is null, path, "required, a tier object"))
            {
                continue;
            }

            var t = tiers[i]!;
            if (!errors.Check(t.Tier is < 0 or > MaxTier, path + ".tier", $"must be 0-{MaxTier}"))
            {
                errors.Check(!seen.Add(t.Tier), path + ".tier", $"tier {t.Tier} is given twice");
            }

            var ids = t.ContactIds ?? [];
            errors.Check(ids.Count == 0, path + ".contactIds", "required, at least one contact id");
            Each(errors, ids, path + ".contactIds", BookLimits.ContactsPerTier, (id, p) =>
                errors.Check(!BookIds.IsValid(id), p, BookIds.Rule) || errors.Check(!contactExists(id!), p, "no such contact in this tenant"));
        }
    }

    /// <summary>Checks each item, at most <paramref name="max"/> and no repeats.</summary>
    internal static void Each(BookErrors errors, IReadOnlyList<string?> items, string field, int max, Func<string?, string, bool> bad)
    {
        if (errors.Check(items.Count > max, field, $"at most {max} items"))
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{field}[{i}]";
            if (!bad(items[i], path))
            {
                errors.Check(!seen.Add(items[i]!), path, "is given twice");
            }
        }
    }
}
