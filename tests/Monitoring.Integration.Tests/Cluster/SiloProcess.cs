using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// One host process (silo + REST API, or the role <see cref="ClusterSettings.WithRole"/> gives it)
/// started from the built <c>Monitoring.Server.dll</c> on free ports, with what it prints kept for failure messages. It can die without warning
/// (<see cref="Kill"/>: SIGKILL) or stop gracefully (<see cref="StopAsync"/>: SIGTERM); disposing it
/// always ends it, and so does the test process exiting.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);
    private static readonly string[] InheritedSettings = ["Monitoring__", "ConnectionStrings__", "ASPNETCORE_", "DOTNET_ENVIRONMENT"];

    private readonly Process _process;
    private readonly SocketsHttpHandler _handler = new() { ConnectTimeout = TimeSpan.FromSeconds(5) };
    private bool _started;

    private SiloProcess(string name, ClusterSettings settings)
    {
        Name = name;
        IsFrontend = settings.Values.TryGetValue(ClusterSettings.RoleVariable, out var role) && role == "frontend";
        HttpPort = FreePorts.Next();
        SiloPort = FreePorts.Next();
        GatewayPort = FreePorts.Next();
        BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}/");
        Tally = new StatusTally(_handler);
        Client = new HttpClient(Tally, disposeHandler: false) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", settings.ApiKey);

        var start = new ProcessStartInfo(HostBinary.Dotnet)
        {
            WorkingDirectory = HostBinary.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { HostBinary.DllPath, "--urls", BaseAddress.ToString().TrimEnd('/'), "--contentRoot", HostBinary.Directory })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(k => InheritedSettings.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in settings.Environment(SiloPort, GatewayPort))
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Output.Add(e.Data);
        _process.ErrorDataReceived += (_, e) => Output.Add(e.Data is null ? null : "[stderr] " + e.Data);
    }

    public string Name { get; }

    /// <summary>A front-end (<c>Monitoring__Role=frontend</c>): no silo of its own; active once its health says <c>ok</c>.</summary>
    public bool IsFrontend { get; }

    public int HttpPort { get; }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public Uri BaseAddress { get; }

    /// <summary>A client of this process's API with the cluster's admin key.</summary>
    public HttpClient Client { get; }

    /// <summary>Every answer <see cref="Client"/> got, by status code.</summary>
    public StatusTally Tally { get; }

    public ProcessOutput Output { get; } = new();

    public bool HasExited => _process.HasExited;

    /// <summary>How this silo's address starts in membership (the generation follows the <c>@</c>).</summary>
    public string AddressPrefix => $"127.0.0.1:{SiloPort}@";

    /// <summary>Starts a host without waiting for it (<see cref="WaitUntilActiveAsync"/> does).</summary>
    public static SiloProcess StartWithoutWaiting(string name, ClusterSettings settings)
    {
        var host = new SiloProcess(name, settings);
        host.Launch();
        return host;
    }

    /// <summary>
    /// Starts a host and waits until its own health lists it active (a front-end: until its health
    /// says <c>ok</c>); retries on new ports if one was taken.
    /// </summary>
    public static async Task<SiloProcess> StartAsync(string name, ClusterSettings settings, TimeSpan timeout)
    {
        for (var attempt = 1; ; attempt++)
        {
            var silo = new SiloProcess(name, settings);
            try
            {
                silo.Launch();
                await silo.WaitUntilActiveAsync(timeout);
                return silo;
            }
            catch (InvalidOperationException) when (attempt < StartAttempts && silo.Output.Contains("address already in use"))
            {
                await silo.DisposeAsync();
            }
            catch
            {
                await silo.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>The cluster's silos as this process's <c>GET /api/v1/health</c> lists them.</summary>
    public async Task<IReadOnlyList<(string Address, string Status)>> MembersAsync()
    {
        using var timeout = new CancellationTokenSource(ProbeTimeout);
        var health = await Client.GetFromJsonAsync<JsonElement>("api/v1/health", timeout.Token);
        return [.. health.GetProperty("silos").EnumerateArray()
            .Select(s => (s.GetProperty("address").GetString() ?? "", s.GetProperty("status").GetString() ?? ""))];
    }

    /// <summary>Ends the process at once (SIGKILL): no shutdown, no deactivation, no goodbye to the cluster.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.WaitForExit(TimeSpan.FromSeconds(30));
    }

    /// <summary>Asks the process to stop (SIGTERM, as an orchestrator does) and waits until it has.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            var signal = new ProcessStartInfo("kill") { UseShellExecute = false };
            signal.ArgumentList.Add("-TERM");
            signal.ArgumentList.Add(_process.Id.ToString(CultureInfo.InvariantCulture));
            using var kill = Process.Start(signal) ?? throw new InvalidOperationException("Could not run kill.");
            await kill.WaitForExitAsync();
        }

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"{Name} did not stop within {timeout.TotalSeconds:0} s of SIGTERM.\n{Describe(200)}");
        }

        return _process.ExitCode;
    }

    /// <summary>A header (ports, state) and the last <paramref name="lines"/> lines the process printed.</summary>
    public string Describe(int lines)
    {
        var state = _process.HasExited ? $"exited with code {_process.ExitCode}" : "running";
        return $"----- {Name}: http {HttpPort}, silo {SiloPort}, gateway {GatewayPort}, {state} -----\n{Output.Tail(lines)}";
    }

    public ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        if (_started && !_process.HasExited)
        {
            Kill();
        }

        Client.Dispose();
        Tally.Dispose();
        _handler.Dispose();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Launch()
    {
        _process.Start();
        _started = true;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Waits until this host's health lists it active (a front-end: says <c>ok</c>, some silo active).</summary>
    public async Task WaitUntilActiveAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                throw new InvalidOperationException($"{Name} exited before it was active.\n{Describe(200)}");
            }

            try
            {
                var members = await MembersAsync();
                if (IsFrontend ? members.Any(m => m.Status == "active") : members.Any(m => m.Address.StartsWith(AddressPrefix, StringComparison.Ordinal) && m.Status == "active"))
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException)
            {
                // Not listening yet, or the silo is still joining.
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{Name} was not active in its own health within {timeout.TotalSeconds:0} s.\n{Describe(200)}");
            }

            await Task.Delay(250);
        }
    }

    // A test run that dies without disposing must not leave silos behind.
    private void OnProcessExit(object? sender, EventArgs e)
    {
        if (!_process.HasExited)
        {
            Kill();
        }
    }
}
