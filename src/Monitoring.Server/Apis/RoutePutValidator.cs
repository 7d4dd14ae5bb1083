using System.Collections.Immutable;
using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Alerts;
using Route = Monitoring.Contracts.Notifications.Route;

namespace Monitoring.Server.Apis;

/// <summary>Turns a route body into a route, naming unknown severities and tiers without a number; the rest is the book's to judge.</summary>
internal static class RoutePutValidator
{
    public static Route? Validate(string routeId, RoutePutRequest body, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var severities = body.Severities ?? [];
        var parsed = new List<Severity>();
        for (var i = 0; i < severities.Length; i++)
        {
            if (WireEnums.TryParse<Severity>(severities[i], out var severity))
            {
                parsed.Add(severity);
            }
            else
            {
                errors[$"severities[{i}]"] = ["must be one of " + WireEnums.Names<Severity>()];
            }
        }

        var tiers = body.Tiers ?? [];
        for (var i = 0; i < tiers.Length; i++)
        {
            if (tiers[i] is { Tier: null })
            {
                errors[$"tiers[{i}].tier"] = ["required, 0-3"];
            }
        }

        return errors.Count > 0 ? null : new Route
        {
            RouteId = routeId,
            Name = body.Name,
            SiteIds = Texts(body.SiteIds),
            Types = Texts(body.Types),
            Severities = [.. parsed],
            Hours = body.Hours is { } hours ? new HourWindow(hours.From!, hours.To!) : null,
            Tiers = [.. tiers.Select(t => t is null ? null! : new RouteTier(t.Tier!.Value, Texts(t.ContactIds)))],
            GroupWaitS = body.GroupWaitS ?? 30,
            GroupIntervalS = body.GroupIntervalS ?? 300,
            RepeatIntervalS = body.RepeatIntervalS ?? 14_400,
        };
    }

    // A null item stays a bad item (an empty id or type), so the book names it by its index.
    private static ImmutableArray<string> Texts(string?[]? items) => [.. (items ?? []).Select(i => i ?? "")];
}
