namespace Monitoring.Domain.Notifications;

/// <summary>Which contacts hear of an alert at a tier, and at which pace its group goes out.</summary>
public static class Routing
{
    /// <summary>The union of every matching route's contacts at <paramref name="tier"/>, each once, in route order.</summary>
    public static IReadOnlyList<string> Contacts(
        IEnumerable<RouteRule> routes, NoticeAlert alert, int tier, DateTimeOffset now, TimeZoneInfo zone)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var contacts = new List<string>();
        foreach (var route in routes)
        {
            if (!route.Matches(alert, now, zone))
            {
                continue;
            }

            foreach (var contact in route.ContactsAt(tier))
            {
                if (seen.Add(contact))
                {
                    contacts.Add(contact);
                }
            }
        }

        return contacts;
    }

    /// <summary>The timings of the matching routes (the shortest of each), or the defaults when none matches.</summary>
    public static GroupTimings Timings(IEnumerable<RouteRule> routes, NoticeAlert alert, DateTimeOffset now, TimeZoneInfo zone)
    {
        GroupTimings? timings = null;
        foreach (var route in routes)
        {
            if (route.Matches(alert, now, zone))
            {
                timings = timings is null ? route.Timings : timings.Min(route.Timings);
            }
        }

        return timings ?? GroupTimings.Default;
    }
}
