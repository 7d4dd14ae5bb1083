using System.Collections.Immutable;
using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;
using static Monitoring.Persistence.History.HistorySql;

namespace Monitoring.Persistence.History;

/// <summary>The <c>alerts</c> rows as reports read them: the columns and a few fields of the document, never the whole document.</summary>
public sealed partial class PostgresHistory
{
    /// <summary>The facts of the alerts raised in the query's period, newest first (raised time, then id), after its cursor.</summary>
    public async Task<ImmutableArray<AlertFacts>> QueryAlertFactsAsync(string tenant, AlertPeriodQuery q)
    {
        await using var command = db.CreateCommand(
            "SELECT id, type, severity, site_id, guard_id, opened_at, (doc->>'slaDueAt')::timestamptz, " +
            "(doc->>'acknowledgedAt')::timestamptz, closed_at, doc->>'resolution', COALESCE((doc->>'escalationLevel')::int, 0) " +
            "FROM alerts WHERE tenant_id = $1 AND opened_at >= $2 " +
            "AND (opened_at < $3 OR (opened_at = $3 AND id COLLATE \"C\" < $4)) AND ($5::text IS NULL OR site_id = $5) " +
            "ORDER BY opened_at DESC, id COLLATE \"C\" DESC LIMIT $6");
        var (at, id) = q.Start;
        var p = command.Parameters;
        p.Add(Text(tenant));
        p.Add(Time(q.From));
        p.Add(Time(at));
        p.Add(Text(id));
        p.Add(Text(q.SiteId));
        p.Add(Limit(q.Limit));
        var items = ImmutableArray.CreateBuilder<AlertFacts>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var opened = reader.GetFieldValue<DateTimeOffset>(5);
            items.Add(new AlertFacts(
                reader.GetString(0),
                reader.GetString(1),
                Wire<Severity>(reader.GetString(2)),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                opened,
                reader.IsDBNull(6) ? opened : reader.GetFieldValue<DateTimeOffset>(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
                reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8),
                reader.IsDBNull(9) ? null : Wire<Resolution>(reader.GetString(9)),
                reader.GetInt32(10)));
        }

        return items.ToImmutable();
    }

    // The wire spells enums lower_snake (false_positive): the names without underscores, any case.
    private static T Wire<T>(string text)
        where T : struct, Enum => Enum.Parse<T>(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
}
