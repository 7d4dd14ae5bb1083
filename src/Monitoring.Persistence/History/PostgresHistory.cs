using System.Collections.Immutable;
using System.Text.Json;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Incidents;
using Monitoring.Contracts.Json;
using Monitoring.Domain.Correlation;
using Monitoring.Grains.Storage;
using Npgsql;
using static Monitoring.Persistence.History.HistorySql;

namespace Monitoring.Persistence.History;

/// <summary>
/// Alerts, incidents and tickets as queryable rows (<c>alerts</c>, <c>incidents</c>, <c>tickets</c>): upserted on every change
/// by the tenant's index grains, read back for listing and search. The grains stay the live truth;
/// these rows are their history.
/// </summary>
public sealed partial class PostgresHistory(NpgsqlDataSource db) : IHistoryStore
{
    /// <summary>Records the alert as it stands now.</summary>
    public async Task UpsertAlertAsync(string tenant, Alert alert)
    {
        await using var command = db.CreateCommand(
            "INSERT INTO alerts (tenant_id, id, site_id, guard_id, device_id, type, severity, status, opened_at, updated_at, closed_at, doc) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) " +
            "ON CONFLICT (tenant_id, id) DO UPDATE SET guard_id = EXCLUDED.guard_id, device_id = EXCLUDED.device_id, " +
            "severity = EXCLUDED.severity, status = EXCLUDED.status, updated_at = EXCLUDED.updated_at, " +
            "closed_at = EXCLUDED.closed_at, doc = EXCLUDED.doc");
        var p = command.Parameters;
        p.Add(Text(tenant));
        p.Add(Text(alert.AlertId));
        p.Add(Text(alert.SiteId));
        p.Add(Text(alert.GuardId));
        p.Add(Text(alert.DeviceId));
        p.Add(Text(alert.Type));
        p.Add(Text(WireNames.Of(alert.Severity)));
        p.Add(Text(WireNames.Of(alert.Status)));
        p.Add(Time(alert.RaisedAt));
        p.Add(Time(alert.UpdatedAt));
        p.Add(Time(alert.ResolvedAt));
        p.Add(Doc(alert));
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Alerts newest first (raised time, then id), filtered, after the query's cursor.</summary>
    public async Task<AlertPage> QueryAlertsAsync(string tenant, AlertQuery q)
    {
        await using var command = db.CreateCommand(
            "SELECT doc::text FROM alerts WHERE tenant_id = $1 " +
            "AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR severity = $3) AND ($4::text IS NULL OR type = $4) " +
            "AND ($5::text IS NULL OR site_id = $5) AND ($6::text IS NULL OR guard_id = $6) " +
            "AND ($7::timestamptz IS NULL OR opened_at >= $7) " +
            "AND ($8::timestamptz IS NULL OR opened_at < $8 OR (opened_at = $8 AND id COLLATE \"C\" < $9)) " +
            "ORDER BY opened_at DESC, id COLLATE \"C\" DESC LIMIT $10");
        var p = command.Parameters;
        p.Add(Text(tenant));
        p.Add(Text(q.Status is { } status ? WireNames.Of(status) : null));
        p.Add(Text(q.Severity is { } severity ? WireNames.Of(severity) : null));
        p.Add(Text(q.Type));
        p.Add(Text(q.SiteId));
        p.Add(Text(q.GuardId));
        p.Add(Time(q.Since));
        p.Add(Time(q.BeforeRaisedAt));
        p.Add(Text(q.BeforeAlertId ?? ""));
        p.Add(Limit(q.Limit + 1));
        var items = await ReadDocsAsync(command, ToAlert);
        return new AlertPage([.. items.Take(q.Limit)], items.Count > q.Limit);
    }

    /// <summary>Records the incident as it stands now.</summary>
    public async Task UpsertIncidentAsync(string tenant, Incident incident)
    {
        await using var command = db.CreateCommand(
            "INSERT INTO incidents (tenant_id, id, site_id, guard_id, type, severity, status, opened_at, updated_at, closed_at, doc) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) " +
            "ON CONFLICT (tenant_id, id) DO UPDATE SET guard_id = EXCLUDED.guard_id, type = EXCLUDED.type, " +
            "severity = EXCLUDED.severity, status = EXCLUDED.status, updated_at = EXCLUDED.updated_at, " +
            "closed_at = EXCLUDED.closed_at, doc = EXCLUDED.doc");
        var p = command.Parameters;
        p.Add(Text(tenant));
        p.Add(Text(incident.IncidentId));
        p.Add(Text(incident.SiteId));
        p.Add(Text(incident.GuardId));
        p.Add(Text(incident.AlertTypes.Length == 1 ? incident.AlertTypes[0] : null));
        p.Add(Text(WireNames.Of(incident.Severity)));
        p.Add(Text(WireNames.Of(incident.Status)));
        p.Add(Time(incident.OpenedAt));
        p.Add(Time(incident.UpdatedAt));
        p.Add(Time(incident.ClosedAt ?? (incident.Status == IncidentStatus.Resolved ? incident.UpdatedAt : null)));
        p.Add(Doc(incident));
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>One incident, or null.</summary>
    public async Task<Incident?> GetIncidentAsync(string tenant, string incidentId)
    {
        await using var command = db.CreateCommand("SELECT doc::text FROM incidents WHERE tenant_id = $1 AND id = $2");
        command.Parameters.Add(Text(tenant));
        command.Parameters.Add(Text(incidentId));
        return (await ReadDocsAsync(command, ToIncident)).FirstOrDefault();
    }

    /// <summary>Incidents newest first (opened time, then id), filtered, after the cursor.</summary>
    public async Task<ImmutableArray<Incident>> QueryIncidentsAsync(
        string tenant, string? siteId, string? guardId, IncidentStatus? status, DateTimeOffset? beforeOpenedAt, string? beforeId, int limit)
    {
        await using var command = db.CreateCommand(
            "SELECT doc::text FROM incidents WHERE tenant_id = $1 " +
            "AND ($2::text IS NULL OR site_id = $2) AND ($3::text IS NULL OR guard_id = $3) AND ($4::text IS NULL OR status = $4) " +
            "AND ($5::timestamptz IS NULL OR opened_at < $5 OR (opened_at = $5 AND id COLLATE \"C\" < $6)) " +
            "ORDER BY opened_at DESC, id COLLATE \"C\" DESC LIMIT $7");
        var p = command.Parameters;
        p.Add(Text(tenant));
        p.Add(Text(siteId));
        p.Add(Text(guardId));
        p.Add(Text(status is { } wanted ? WireNames.Of(wanted) : null));
        p.Add(Time(beforeOpenedAt));
        p.Add(Text(beforeId ?? ""));
        p.Add(Limit(limit));
        return [.. await ReadDocsAsync(command, ToIncident)];
    }

    private static Alert ToAlert(string doc)
    {
        using var parsed = JsonDocument.Parse(doc);
        var alert = parsed.RootElement.Deserialize<Alert>(WireJson.Options)!;
        return parsed.RootElement.TryGetProperty("evidence", out var evidence)
            ? alert with { EvidenceJson = evidence.GetRawText() }
            : alert;
    }

    private static Incident ToIncident(string doc) => JsonSerializer.Deserialize<Incident>(doc, WireJson.Options)!;
}
