using System.Globalization;
using Monitoring.Grains.Storage.Audit;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Apis;

/// <summary>Validates the query string of <c>GET /api/v1/audit</c> into an <see cref="AuditQuery"/> over the given tenants.</summary>
internal static class AuditListQuery
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static AuditQuery? Parse(IQueryCollection q, IReadOnlyList<string> tenants, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var resource = Blank(q["resource"]);
        if (resource is not null && !Ids.IsValid(resource))
        {
            errors["resource"] = [Ids.Rule];
        }

        var actor = Blank(q["actor"]);
        if (actor is not null)
        {
            OperatorText.CheckName(actor, "actor", errors);
        }

        DateTimeOffset? since = null;
        if (Blank(q["since"]) is { } sinceText)
        {
            if (DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var v))
            {
                since = v;
            }
            else
            {
                errors["since"] = ["must be an ISO-8601 date-time"];
            }
        }

        if (!PageLimit.TryParse(q["limit"].ToString(), DefaultLimit, MaxLimit, out var limit))
        {
            errors["limit"] = [PageLimit.Rule(MaxLimit)];
        }

        long? beforeId = null;
        if (Blank(q["cursor"]) is { } cursor)
        {
            if (AuditCursor.TryDecode(cursor, out var id))
            {
                beforeId = id;
            }
            else
            {
                errors["cursor"] = ["is not a cursor this API returned"];
            }
        }

        return errors.Count > 0 ? null : new AuditQuery(tenants, resource, actor?.Trim(), since, beforeId, limit);
    }

    private static string? Blank(Microsoft.Extensions.Primitives.StringValues value) =>
        value.ToString() is { Length: > 0 } text ? text : null;
}
