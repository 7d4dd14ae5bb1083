using System.Collections.Immutable;
using Monitoring.Contracts.Telemetry;
using Npgsql;

namespace Monitoring.Persistence.Archive;

/// <summary>Reads a device's archived events.</summary>
public sealed class ArchiveReader(NpgsqlDataSource db)
{
    /// <summary>A device's events with <paramref name="from"/> &lt;= ts &lt; <paramref name="to"/>, oldest first.</summary>
    public async Task<ImmutableArray<TelemetryEvent>> ReadAsync(string tenant, string deviceId, DateTimeOffset from, DateTimeOffset to, int limit)
    {
        await using var command = db.CreateCommand(
            $"SELECT {ArchiveRows.EventColumns} FROM telemetry_archive " +
            "WHERE tenant_id = $1 AND device_id = $2 AND ts >= $3 AND ts < $4 ORDER BY ts, seq LIMIT $5");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tenant });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = deviceId });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = from.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = to.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        var items = ImmutableArray.CreateBuilder<TelemetryEvent>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(ArchiveRows.Read(reader));
        }

        return items.ToImmutable();
    }
}
