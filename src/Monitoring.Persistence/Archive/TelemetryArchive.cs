using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Telemetry;
using Npgsql;

namespace Monitoring.Persistence.Archive;

/// <summary>
/// The durable telemetry archive. <see cref="WriteAsync"/> completes once the events are committed;
/// concurrent callers share commits (group commit): each writer thread takes every batch waiting,
/// writes them with one binary COPY in one transaction, then releases all their callers at once.
/// A (tenant, device, seq, ts) already archived is skipped, so a retried batch never lands twice.
/// </summary>
public sealed partial class TelemetryArchive : IAsyncDisposable
{
    private const string UniqueViolation = "23505";

    private readonly NpgsqlDataSource _db;
    private readonly ILogger _logger;
    private readonly int _maxRows;
    private readonly Channel<PendingBatch> _queue = Channel.CreateUnbounded<PendingBatch>();
    private readonly ConcurrentDictionary<DateOnly, bool> _days = new();
    private readonly Thread[] _writers;
    private long _commits;
    private long _rows;

    /// <summary>Starts <paramref name="writers"/> writer threads, each committing up to <paramref name="maxRows"/> rows at a time.</summary>
    public TelemetryArchive(NpgsqlDataSource db, ILogger<TelemetryArchive> logger, int writers = 2, int maxRows = 20_000)
    {
        _db = db;
        _logger = logger;
        _maxRows = maxRows;
        _writers = [.. Enumerable.Range(0, writers).Select(i => new Thread(WriteLoop) { IsBackground = true, Name = $"archive-writer-{i}" })];
        foreach (var writer in _writers)
        {
            writer.Start();
        }
    }

    /// <summary>Commits so far, and rows they carried (duplicates included).</summary>
    public (long Commits, long Rows) Totals => (Interlocked.Read(ref _commits), Interlocked.Read(ref _rows));

    /// <summary>Completes when the events are durable; faults (nothing acknowledged) when the commit failed.</summary>
    public Task WriteAsync(string tenant, IReadOnlyList<TelemetryEvent> events)
    {
        if (events.Count == 0)
        {
            return Task.CompletedTask;
        }

        var pending = new PendingBatch(tenant, events);
        return _queue.Writer.TryWrite(pending) ? pending.Done.Task : Task.FromException(new ObjectDisposedException(nameof(TelemetryArchive)));
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.Run(() =>
        {
            foreach (var writer in _writers)
            {
                writer.Join(TimeSpan.FromSeconds(10));
            }
        });
    }

    private void WriteLoop()
    {
        NpgsqlConnection? connection = null;
        var group = new List<PendingBatch>();
        while (_queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            group.Clear();
            var rows = 0;
            while (rows < _maxRows && _queue.Reader.TryRead(out var pending))
            {
                group.Add(pending);
                rows += pending.Events.Count;
            }

            if (group.Count == 0)
            {
                continue;
            }

            try
            {
                connection ??= _db.OpenConnection();
                Commit(connection, group);
                Interlocked.Increment(ref _commits);
                Interlocked.Add(ref _rows, rows);
                group.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                LogCommitFailed(_logger, rows, e);
                connection?.Dispose();
                connection = null;
                group.ForEach(p => p.Done.TrySetException(e));
            }
        }

        connection?.Dispose();
    }

    /// <summary>
    /// Straight into the archive when nothing is a repeat (the common case); on a unique violation
    /// the group goes again through a staging table, skipping what is already there.
    /// </summary>
    private void Commit(NpgsqlConnection connection, List<PendingBatch> group)
    {
        EnsurePartitions(connection, group);
        try
        {
            using var direct = connection.BeginTransaction();
            Copy(connection, "telemetry_archive", group);
            direct.Commit();
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation)
        {
            using var staged = connection.BeginTransaction();
            using (var create = new NpgsqlCommand(
                "CREATE TEMP TABLE IF NOT EXISTS archive_staging (LIKE telemetry_archive INCLUDING DEFAULTS) ON COMMIT DELETE ROWS", connection, staged))
            {
                create.ExecuteNonQuery();
            }

            Copy(connection, "archive_staging", group);
            using (var insert = new NpgsqlCommand(
                $"INSERT INTO telemetry_archive ({ArchiveRows.Columns}) SELECT {ArchiveRows.Columns} FROM archive_staging ON CONFLICT DO NOTHING",
                connection, staged))
            {
                insert.ExecuteNonQuery();
            }

            staged.Commit();
        }
    }

    private static void Copy(NpgsqlConnection connection, string table, List<PendingBatch> group)
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
    private void EnsurePartitions(NpgsqlConnection connection, List<PendingBatch> group)
    {
        foreach (var pending in group)
        {
            foreach (var e in pending.Events)
            {
                var day = DateOnly.FromDateTime(e.Ts.UtcDateTime);
                if (_days.ContainsKey(day))
                {
                    continue;
                }

                using var ensure = new NpgsqlCommand("SELECT ensure_telemetry_partition($1)", connection);
                ensure.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = day });
                ensure.ExecuteNonQuery();
                _days[day] = true;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Archive commit of {Rows} events failed; their batches are answered with an error.")]
    private static partial void LogCommitFailed(ILogger logger, int rows, Exception exception);
}
