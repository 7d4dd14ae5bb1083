using Npgsql;

namespace Monitoring.Integration.Tests.Postgres;

/// <summary>
/// Samples <c>pg_stat_activity</c> for one database until disposed and keeps, per application name,
/// the most connections seen at once. It uses one connection of its own, named so it is not counted.
/// </summary>
internal sealed class ConnectionSampler : IAsyncDisposable
{
    private const string OwnName = "connection-sampler";

    private readonly Dictionary<string, long> _peaks = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _disposed;

    private ConnectionSampler(NpgsqlConnection connection) => _loop = RunAsync(connection);

    /// <summary>The peak so far per application name.</summary>
    public IReadOnlyDictionary<string, long> Peaks
    {
        get
        {
            lock (_peaks)
            {
                return new Dictionary<string, long>(_peaks, StringComparer.Ordinal);
            }
        }
    }

    public int Samples { get; private set; }

    public static async Task<ConnectionSampler> StartAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = OwnName }.ConnectionString);
        await connection.OpenAsync();
        return new ConnectionSampler(connection);
    }

    /// <summary>Stops sampling (again: nothing); the peaks stay readable.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task RunAsync(NpgsqlConnection connection)
    {
        await using var owned = connection;
        await using var command = new NpgsqlCommand(
            "SELECT application_name, count(*) FROM pg_stat_activity " +
            "WHERE datname = current_database() AND backend_type = 'client backend' AND application_name <> $1 GROUP BY 1",
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = OwnName });
        while (!_stop.IsCancellationRequested)
        {
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    var (name, count) = (reader.GetString(0), reader.GetInt64(1));
                    lock (_peaks)
                    {
                        _peaks[name] = Math.Max(count, _peaks.GetValueOrDefault(name));
                    }
                }
            }

            Samples++;
            try
            {
                await Task.Delay(20, _stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
