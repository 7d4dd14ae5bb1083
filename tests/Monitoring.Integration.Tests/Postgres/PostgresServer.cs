using Npgsql;

namespace Monitoring.Integration.Tests.Postgres;

/// <summary>
/// A throwaway PostgreSQL server in a temporary folder on a free loopback port, with PostgreSQL's
/// stock settings (<c>max_connections</c> 100, <c>fsync</c> and <c>synchronous_commit</c> on): what the
/// tests claim for production they show on what an operator runs. Only where it listens is set.
/// PostgreSQL refuses to run as root, so when the tests run as root its tools run as the
/// <c>postgres</c> user.
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly string _bin;
    private readonly string _root;
    private readonly string _data;
    private readonly bool _asPostgresUser = Environment.IsPrivilegedProcess;
    private int _stopped;

    private PostgresServer(string bin, string root, int port)
    {
        _bin = bin;
        _root = root;
        _data = Path.Combine(root, "data");
        Port = port;
    }

    public int Port { get; private set; }

    public string AdminConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = "postgres",
        Timeout = 15,
    }.ConnectionString;

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinaries();
        var root = Directory.CreateTempSubdirectory("monitoring-pg-").FullName;
        var server = new PostgresServer(bin, root, 0);
        try
        {
            await server.InitAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        if (Interlocked.Exchange(ref _stopped, 1) == 0 && File.Exists(Path.Combine(_data, "postmaster.pid")))
        {
            try
            {
                await RunToolAsync("pg_ctl", ["stop", "-D", _data, "-m", "immediate", "-w", "-t", "30"]);
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
            {
                // The folder goes anyway; a server that refused to stop has nothing left to serve.
            }
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private async Task InitAsync()
    {
        if (_asPostgresUser)
        {
            await ProcessRunner.RunAsync("chown", ["postgres:postgres", _root], _root, CommandTimeout);
        }

        await RunToolAsync("initdb", ["-D", _data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync"]);

        // The free port is found by binding and releasing it; another process may take it before the
        // server binds, so a failed start is retried on a new port.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePorts.Next();
            try
            {
                await RunToolAsync("pg_ctl",
                [
                    "-D", _data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
                    "-o", $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1",
                    "start",
                ]);
                break;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Most likely the port was taken in between: try another one.
            }
            catch (InvalidOperationException ex)
            {
                throw new InvalidOperationException(ex.Message + "\nServer log:\n" + ReadLog(), ex);
            }
        }

        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    private Task<string> RunToolAsync(string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(_bin, tool);
        return _asPostgresUser
            ? ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments], _root, CommandTimeout)
            : ProcessRunner.RunAsync(path, arguments, _root, CommandTimeout);
    }

    // A test host that dies without disposing its fixtures must not leave a server behind.
    private void OnProcessExit(object? sender, EventArgs e) => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private string ReadLog()
    {
        var log = Path.Combine(_root, "server.log");
        return File.Exists(log) ? File.ReadAllText(log) : "(no server log)";
    }

    private static string FindBinaries()
    {
        const string Root = "/usr/lib/postgresql";
        var preferred = Path.Combine(Root, "15", "bin");
        if (File.Exists(Path.Combine(preferred, "initdb")))
        {
            return preferred;
        }

        var found = Directory.Exists(Root)
            ? Directory.GetDirectories(Root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            $"No PostgreSQL server binaries under {Root} (install the postgresql package), " +
            "and ConnectionStrings__Postgres is not set to use an existing server.");
    }
}
