using System.Globalization;
using Monitoring.Domain.Reports;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Apis;

/// <summary>
/// The query of <c>GET /api/v1/reports/{report}</c>: <c>from</c> and <c>to</c> (ISO-8601 with an
/// offset; <c>to</c> defaults to now, <c>from</c> to a day before <c>to</c>), at most 31 days apart,
/// <c>siteId</c> (optional) and <c>format</c> (<c>json</c>, the default, or <c>csv</c>).
/// </summary>
internal sealed record ReportQuery(DateTimeOffset From, DateTimeOffset To, string? SiteId, bool Csv)
{
    public static readonly TimeSpan DefaultSpan = TimeSpan.FromDays(1);
    private const string TimeRule = "must be an ISO-8601 time with an offset, e.g. 2026-11-24T01:10:00Z";

    public static ReportQuery? Parse(ReportQueryText q, DateTimeOffset now, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (!TryTime(q.To ?? "", now, out var to))
        {
            errors["to"] = [TimeRule];
        }

        var defaultFrom = to.UtcTicks - DateTimeOffset.MinValue.UtcTicks > DefaultSpan.Ticks ? to - DefaultSpan : DateTimeOffset.MinValue;
        if (!TryTime(q.From ?? "", defaultFrom, out var from))
        {
            errors["from"] = [TimeRule];
        }

        if (errors.Count == 0 && from >= to)
        {
            errors["from"] = ["must be before to"];
        }
        else if (errors.Count == 0 && to - from > ReportPeriod.MaxSpan)
        {
            errors["to"] = [$"must be at most {ReportPeriod.MaxSpan.TotalDays:0} days after from"];
        }

        var siteId = q.SiteId is { Length: > 0 } site ? site : null;
        if (siteId is not null && !Ids.IsValid(siteId))
        {
            errors["siteId"] = [Ids.Rule];
        }

        var format = q.Format ?? "";
        if (format is not ("" or "json" or "csv"))
        {
            errors["format"] = ["must be json or csv"];
        }

        return errors.Count > 0 ? null : new ReportQuery(from, to, siteId, format == "csv");
    }

    private static bool TryTime(string text, DateTimeOffset fallback, out DateTimeOffset value)
    {
        value = fallback;
        if (text.Length == 0)
        {
            return true;
        }

        // An offset is required: a bare local time means nothing on a server.
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > 10;
        if (!hasOffset || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return false;
        }

        value = parsed.ToUniversalTime();
        return true;
    }
}
