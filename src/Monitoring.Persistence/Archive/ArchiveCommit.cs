using System.Collections.Concurrent;
using Npgsql;

namespace Monitoring.Persistence.Archive;

/// <summary>
/// One group commit: every waiting batch in one transaction. Straight into the archive with one
/// binary COPY when nothing is a repeat (the common case: every event new, nothing else to say); on a
/// unique violation the group goes again through a staging table, inserting only what is not there
/// yet and reading back which rows that was, so each batch learns which of its events were new.
/// </summary>
internal static class ArchiveCommit
{
    public const string UniqueViolation = "23505";

    /// <summary>Commits <paramref name="group"/>; answers per batch null (all new) or a flag per event.</summary>
    public static bool[]?[] Run(NpgsqlConnection connection, IReadOnlyList<PendingBatch> group, ConcurrentDictionary<DateOnly, bool> days)
    {
        EnsurePartitions(connection, group, days);
        try
        {
            using var direct = connection.BeginTransaction();
            Copy(connection, "telemetry_archive", group);
            direct.Commit();
            return new bool[]?[group.Count];
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation)
        {
            return Staged(connection, group);
        }
    }

    private static bool[]?[] Staged(NpgsqlConnection connection, IReadOnlyList<PendingBatch> group)
    {
        var inserted = new HashSet<ArchiveKey>();
        using (var staged = connection.BeginTransaction())
        {
            using (var create = new NpgsqlCommand(
                "CREATE TEMP TABLE IF NOT EXISTS archive_staging (LIKE telemetry_archive INCLUDING DEFAULTS) ON COMMIT DELETE ROWS", connection, staged))
            {
                create.ExecuteNonQuery();
            }

            Copy(connection, "archive_staging", group);
            using var insert = new NpgsqlCommand(
                $"INSERT INTO telemetry_archive ({ArchiveRows.Columns}) SELECT {ArchiveRows.Columns} FROM archive_staging " +
                "ON CONFLICT DO NOTHING RETURNING tenant_id, device_id, ts, seq",
                connection, staged);
            using (var reader = insert.ExecuteReader())
            {
                while (reader.Read())
                {
                    inserted.Add(new ArchiveKey(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTime>(2), reader.GetInt64(3)));
                }
            }

            staged.Commit();
        }

        var answers = new bool[]?[group.Count];
        for (var b = 0; b < group.Count; b++)
        {
            var pending = group[b];
            var flags = new bool[pending.Events.Count];
            for (var i = 0; i < flags.Length; i++)
            {
                var e = pending.Events[i];
                // The same event twice in one group is new only the first time.
                flags[i] = inserted.Remove(new ArchiveKey(pending.Tenant, e.DeviceId, ArchiveRows.StoredTime(e.Ts), e.Seq));
            }

            answers[b] = flags;
        }

        return answers;
    }

    private static void Copy(NpgsqlConnection connection, string table, IReadOnlyList<PendingBatch> group)
    {
        using var copy = connection.BeginBinaryImport($"COPY {table} ({ArchiveRows.Columns}) FROM STDIN (FORMAT BINARY)");
        foreach (var pending in group)
        {
            foreach (var e in pending.Events)
            {
                ArchiveRows.Write(copy, pending.Tenant, e);
            }
        }

        copy.Complete();
    }

    /// <summary>Each UTC day gets its own partition before its first row (rows never wait in the default one).</summary>
    private static void EnsurePartitions(NpgsqlConnection connection, IReadOnlyList<PendingBatch> group, ConcurrentDictionary<DateOnly, bool> days)
    {
        foreach (var pending in group)
        {
            foreach (var e in pending.Events)
            {
                var day = DateOnly.FromDateTime(e.Ts.UtcDateTime);
                if (days.ContainsKey(day))
                {
                    continue;
                }

                using var ensure = new NpgsqlCommand("SELECT ensure_telemetry_partition($1)", connection);
                ensure.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = day });
                ensure.ExecuteNonQuery();
                days[day] = true;
            }
        }
    }
}
