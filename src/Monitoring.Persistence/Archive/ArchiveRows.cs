using System.Text.Json;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;
using Npgsql;
using NpgsqlTypes;

namespace Monitoring.Persistence.Archive;

/// <summary>
/// The telemetry archive's columns, written by binary COPY (synchronously: the writer owns a thread)
/// and read back as events. The column list comes from <see cref="TelemetrySchema"/>; the typed
/// writes and reads below follow its order, which a round-trip test of every field holds them to.
/// </summary>
internal static class ArchiveRows
{
    /// <summary>
    /// The columns of an event, in the order <see cref="Read"/> takes them: the schema's fields in
    /// its order, each named in snake_case (<c>batteryTempC</c> is <c>battery_temp_c</c>).
    /// </summary>
    public static readonly string EventColumns = string.Join(", ", TelemetrySchema.Fields.Select(f => ColumnOf(f.Name)));

    /// <summary>Every column written, in the order <see cref="Write"/> writes them.</summary>
    public static readonly string Columns = "tenant_id, " + EventColumns;

    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    /// <summary>
    /// A timestamp as the archive stores it: whole microseconds, cut the way the driver cuts them
    /// (toward PostgreSQL's epoch), so a row read back compares equal to the event it came from.
    /// </summary>
    public static DateTime StoredTime(DateTimeOffset ts) =>
        new(PostgresEpochTicks + ((ts.UtcTicks - PostgresEpochTicks) / 10 * 10), DateTimeKind.Utc);

    /// <summary>The archive column of a schema field.</summary>
    public static string ColumnOf(string field) => JsonNamingPolicy.SnakeCaseLower.ConvertName(field);

    public static void Write(NpgsqlBinaryImporter copy, string tenant, TelemetryEvent e)
    {
        copy.StartRow();
        copy.Write(tenant, NpgsqlDbType.Text);
        copy.Write(e.DeviceId, NpgsqlDbType.Text);
        copy.Write(e.Seq, NpgsqlDbType.Bigint);
        copy.Write(e.Ts.UtcDateTime, NpgsqlDbType.TimestampTz);
        copy.Write(e.Type.ToWire(), NpgsqlDbType.Text);
        Text(copy, e.GuardId);
        Text(copy, e.SiteId);
        Number(copy, e.Battery);
        Flag(copy, e.Charging);
        Number(copy, e.BatteryTempC);
        Number(copy, e.SignalDbm);
        Text(copy, e.Network);
        Number(copy, e.MemoryPct);
        Number(copy, e.Lat);
        Number(copy, e.Lon);
        Number(copy, e.AccuracyM);
        if (e.Steps is { } steps)
        {
            copy.Write(steps, NpgsqlDbType.Integer);
        }
        else
        {
            copy.WriteNull();
        }

        Flag(copy, e.Success);
        Text(copy, e.CheckpointId);
        Text(copy, e.TaskId);
        if (e.ShiftEndsAt is { } end)
        {
            copy.Write(end.UtcDateTime, NpgsqlDbType.TimestampTz);
        }
        else
        {
            copy.WriteNull();
        }
    }

    /// <summary>Reads one row selected with <see cref="EventColumns"/>.</summary>
    public static TelemetryEvent Read(NpgsqlDataReader r)
    {
        EventTypes.TryParse(r.GetString(3), out var type);
        return new TelemetryEvent
        {
            DeviceId = r.GetString(0),
            Seq = r.GetInt64(1),
            Ts = new DateTimeOffset(r.GetDateTime(2), TimeSpan.Zero),
            Type = type,
            GuardId = Text(r, 4),
            SiteId = Text(r, 5),
            Battery = Number(r, 6),
            Charging = r.IsDBNull(7) ? null : r.GetBoolean(7),
            BatteryTempC = Number(r, 8),
            SignalDbm = Number(r, 9),
            Network = Text(r, 10),
            MemoryPct = Number(r, 11),
            Lat = Number(r, 12),
            Lon = Number(r, 13),
            AccuracyM = Number(r, 14),
            Steps = r.IsDBNull(15) ? null : r.GetInt32(15),
            Success = r.IsDBNull(16) ? null : r.GetBoolean(16),
            CheckpointId = Text(r, 17),
            TaskId = Text(r, 18),
            ShiftEndsAt = r.IsDBNull(19) ? null : new DateTimeOffset(r.GetDateTime(19), TimeSpan.Zero),
        };
    }

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static double? Number(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    private static void Text(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void Number(NpgsqlBinaryImporter copy, double? value)
    {
        if (value is { } v)
        {
            copy.Write(v, NpgsqlDbType.Double);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private static void Flag(NpgsqlBinaryImporter copy, bool? value)
    {
        if (value is { } v)
        {
            copy.Write(v, NpgsqlDbType.Boolean);
        }
        else
        {
            copy.WriteNull();
        }
    }
}
