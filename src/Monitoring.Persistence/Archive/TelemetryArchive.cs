using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Telemetry;
using Monitoring.Grains.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Monitoring.Persistence.Archive;

/// <summary>
/// The durable telemetry archive. <see cref="WriteAsync"/> completes once the events are committed,
/// saying which of them were new; concurrent callers share commits (group commit, see
/// <see cref="ArchiveCommit"/>): each writer thread takes every batch waiting and commits them in
/// one transaction. A batch PostgreSQL refuses fails alone: its group is committed again one batch
/// at a time. The queue is bounded in rows; beyond it a batch is refused at once.
/// </summary>
public sealed partial class TelemetryArchive : ITelemetryArchive, IAsyncDisposable
{
    private readonly NpgsqlDataSource _db;
    private readonly ILogger _logger;
    private readonly int _maxRows;
    private readonly int _maxQueuedRows;
    private readonly Channel<PendingBatch> _queue = Channel.CreateUnbounded<PendingBatch>();
    private readonly ConcurrentDictionary<DateOnly, bool> _days = new();
    private readonly Thread[] _writers;
    private long _commits;
    private long _rows;
    private int _queuedRows;

    /// <summary>
    /// Starts <paramref name="writers"/> writer threads, each committing up to <paramref name="maxRows"/>
    /// rows at a time, with at most <paramref name="maxQueuedRows"/> rows waiting.
    /// </summary>
    public TelemetryArchive(NpgsqlDataSource db, ILogger<TelemetryArchive> logger, int writers = 2, int maxRows = 20_000, int maxQueuedRows = 200_000)
    {
        _db = db;
        _logger = logger;
        _maxRows = maxRows;
        _maxQueuedRows = maxQueuedRows;
        _writers = [.. Enumerable.Range(0, writers).Select(i => new Thread(WriteLoop) { IsBackground = true, Name = $"archive-writer-{i}" })];
        foreach (var writer in _writers)
        {
            writer.Start();
        }
    }

    /// <summary>Commits so far, and rows they carried (duplicates included).</summary>
    public (long Commits, long Rows) Totals => (Interlocked.Read(ref _commits), Interlocked.Read(ref _rows));

    /// <summary>True while the queue is full: a new batch would be refused.</summary>
    public bool IsSaturated => Volatile.Read(ref _queuedRows) >= _maxQueuedRows;

    /// <summary>
    /// Completes when the events are durable, with null (all new) or a flag per event (true: new);
    /// faults, with nothing committed, when the commit failed or the queue is full.
    /// </summary>
    public Task<bool[]?> WriteAsync(string tenant, IReadOnlyList<TelemetryEvent> events)
    {
        if (events.Count == 0)
        {
            return Task.FromResult<bool[]?>(null);
        }

        var queued = Interlocked.Add(ref _queuedRows, events.Count);
        if (queued > _maxQueuedRows && queued != events.Count)
        {
            Interlocked.Add(ref _queuedRows, -events.Count);
            return Task.FromException<bool[]?>(new ArchiveFullException(queued - events.Count));
        }

        var pending = new PendingBatch(tenant, events);
        if (_queue.Writer.TryWrite(pending))
        {
            return pending.Done.Task;
        }

        Interlocked.Add(ref _queuedRows, -events.Count);
        return Task.FromException<bool[]?>(new ObjectDisposedException(nameof(TelemetryArchive)));
    }

    /// <summary>The device grains' port: <see cref="WriteAsync"/>'s flags as a verdict.</summary>
    public async ValueTask<ArchiveVerdict> AppendAsync(string tenant, IReadOnlyList<TelemetryEvent> events) =>
        await WriteAsync(tenant, events) is { } flags ? new ArchiveVerdict(flags) : ArchiveVerdict.AllNew;

    /// <summary>Deletes the given events of one device (rows a failed batch had added).</summary>
    public async Task RemoveAsync(string tenant, IReadOnlyList<TelemetryEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        await using var command = _db.CreateCommand(
            "DELETE FROM telemetry_archive a USING unnest($2::text[], $3::timestamptz[], $4::int8[]) AS r(device_id, ts, seq) " +
            "WHERE a.tenant_id = $1 AND a.device_id = r.device_id AND a.ts = r.ts AND a.seq = r.seq");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tenant });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. events.Select(e => e.DeviceId)] });
        command.Parameters.Add(new NpgsqlParameter<DateTime[]> { TypedValue = [.. events.Select(e => e.Ts.UtcDateTime)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. events.Select(e => e.Seq)] });
        await command.ExecuteNonQueryAsync();
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

            Interlocked.Add(ref _queuedRows, -rows);
            connection = Commit(connection, group, rows);
        }

        connection?.Dispose();
    }

    /// <summary>
    /// Commits the group; when PostgreSQL refuses it (a value it cannot store, not a lost
    /// connection), commits it again batch by batch, so only the batches it refuses fail.
    /// </summary>
    private NpgsqlConnection? Commit(NpgsqlConnection? connection, List<PendingBatch> group, int rows)
    {
        try
        {
            connection ??= _db.OpenConnection();
            var answers = ArchiveCommit.Run(connection, group, _days);
            Interlocked.Increment(ref _commits);
            Interlocked.Add(ref _rows, rows);
            for (var i = 0; i < group.Count; i++)
            {
                group[i].Done.TrySetResult(answers[i]);
            }

            return connection;
        }
        catch (PostgresException e) when (group.Count > 1 && connection is { State: System.Data.ConnectionState.Open })
        {
            LogGroupRefused(_logger, group.Count, rows, e.SqlState);
            foreach (var pending in group)
            {
                connection = Commit(connection, [pending], pending.Events.Count);
            }

            return connection;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogCommitFailed(_logger, rows, e);
            connection?.Dispose();
            group.ForEach(p => p.Done.TrySetException(e));
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Archive commit of {Rows} events failed; their batches are answered with an error.")]
    private static partial void LogCommitFailed(ILogger logger, int rows, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PostgreSQL refused a group commit of {Batches} batches ({Rows} events, SQLSTATE {SqlState}); committing them one by one.")]
    private static partial void LogGroupRefused(ILogger logger, int batches, int rows, string sqlState);
}
