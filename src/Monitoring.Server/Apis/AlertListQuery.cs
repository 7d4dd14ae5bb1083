using System.Globalization;
using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Apis;

/// <summary>Validates the query string of <c>GET /api/v1/alerts</c> into an <see cref="AlertQuery"/>.</summary>
internal static class AlertListQuery
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static AlertQuery? Parse(IQueryCollection q, out Dictionary<string, string[]> errors)
    {
        errors = [];
        AlertStatus? status = null;
        Severity? severity = null;
        DateTimeOffset? since = null;
        DateTimeOffset? beforeAt = null;
        string? beforeId = null;
        var limit = DefaultLimit;

        if (q["status"].ToString() is { Length: > 0 } s)
        {
            status = WireEnums.TryParse<AlertStatus>(s, out var v) ? v : Fail<AlertStatus>(errors, "status", $"must be one of {WireEnums.Names<AlertStatus>()}");
        }

        if (q["severity"].ToString() is { Length: > 0 } sev)
        {
            severity = WireEnums.TryParse<Severity>(sev, out var v) ? v : Fail<Severity>(errors, "severity", $"must be one of {WireEnums.Names<Severity>()}");
        }

        if (q["since"].ToString() is { Length: > 0 } sinceText)
        {
            since = DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var v)
                ? v : Fail<DateTimeOffset>(errors, "since", "must be an ISO-8601 date-time");
        }

        if (!PageLimit.TryParse(q["limit"].ToString(), DefaultLimit, MaxLimit, out limit))
        {
            Fail<int>(errors, "limit", PageLimit.Rule(MaxLimit));
        }

        if (q["cursor"].ToString() is { Length: > 0 } cursor)
        {
            if (PageCursor.TryDecode(cursor, out var at, out var id))
            {
                (beforeAt, beforeId) = (at, id);
            }
            else
            {
                Fail<int>(errors, "cursor", "is not a cursor this API returned");
            }
        }

        if (ListFilters.FirstInvalid(("type", q["type"].ToString()), ("siteId", q["siteId"].ToString()), ("guardId", q["guardId"].ToString())) is { } filter)
        {
            errors[filter] = [Ids.Rule];
        }

        return errors.Count > 0 ? null : new AlertQuery(
            status, severity, Blank(q["type"]), Blank(q["siteId"]), Blank(q["guardId"]), since, limit, beforeAt, beforeId);
    }

    private static string? Blank(Microsoft.Extensions.Primitives.StringValues value) =>
        value.ToString() is { Length: > 0 } text ? text : null;

    private static T? Fail<T>(Dictionary<string, string[]> errors, string field, string message)
        where T : struct
    {
        errors[field] = [message];
        return null;
    }
}
