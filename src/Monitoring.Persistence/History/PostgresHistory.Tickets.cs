using System.Collections.Immutable;
using System.Text.Json;
using Monitoring.Contracts.Json;
using Monitoring.Contracts.Tickets;
using Monitoring.Domain.Tickets;
using static Monitoring.Persistence.History.HistorySql;

namespace Monitoring.Persistence.History;

/// <summary>The <c>tickets</c> rows.</summary>
public sealed partial class PostgresHistory
{
    /// <summary>Records the ticket as it stands now.</summary>
    public async Task UpsertTicketAsync(string tenant, Ticket ticket)
    {
        await using var command = db.CreateCommand(
            "INSERT INTO tickets (tenant_id, id, site_id, guard_id, category, priority, status, opened_at, updated_at, due_at, closed_at, doc) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) " +
            "ON CONFLICT (tenant_id, id) DO UPDATE SET status = EXCLUDED.status, updated_at = EXCLUDED.updated_at, " +
            "closed_at = EXCLUDED.closed_at, doc = EXCLUDED.doc");
        var p = command.Parameters;
        p.Add(Text(tenant));
        p.Add(Text(ticket.TicketId));
        p.Add(Text(ticket.SiteId));
        p.Add(Text(ticket.GuardId));
        p.Add(Text(ticket.Category));
        p.Add(Text(WireNames.Of(ticket.Priority)));
        p.Add(Text(WireNames.Of(ticket.Status)));
        p.Add(Time(ticket.CreatedAt));
        p.Add(Time(ticket.UpdatedAt));
        p.Add(Time(ticket.SlaDueAt));
        p.Add(Time(ticket.Status == TicketStatus.Closed ? ticket.UpdatedAt : null));
        p.Add(Doc(ticket));
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Tickets newest first (created time, then id), filtered, after the cursor.</summary>
    public async Task<ImmutableArray<Ticket>> QueryTicketsAsync(string tenant, TicketQuery q)
    {
        await using var command = db.CreateCommand(
            "SELECT doc::text FROM tickets WHERE tenant_id = $1 " +
            "AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR priority = $3) AND ($4::text IS NULL OR category = $4) " +
            "AND ($5::text IS NULL OR site_id = $5) AND ($6::text IS NULL OR guard_id = $6) " +
            "AND ($7::timestamptz IS NULL OR opened_at < $7 OR (opened_at = $7 AND id COLLATE \"C\" < $8)) " +
            "ORDER BY opened_at DESC, id COLLATE \"C\" DESC LIMIT $9");
        var p = command.Parameters;
        p.Add(Text(tenant));
        p.Add(Text(q.Status is { } status ? WireNames.Of(status) : null));
        p.Add(Text(q.Priority is { } priority ? WireNames.Of(priority) : null));
        p.Add(Text(q.Category));
        p.Add(Text(q.SiteId));
        p.Add(Text(q.GuardId));
        p.Add(Time(q.BeforeCreatedAt));
        p.Add(Text(q.BeforeId ?? ""));
        p.Add(Limit(q.Limit));
        return [.. await ReadDocsAsync(command, doc => JsonSerializer.Deserialize<Ticket>(doc, WireJson.Options)!)];
    }
}
