using System.Text;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// Silos (<c>Monitoring__Role=silo</c>) and one front-end (<c>frontend</c>, an Orleans client) as
/// processes on one database: the silos start together, then the front-end; ready once the
/// front-end's health lists every silo active. A silo can be stopped and another started in its
/// place (<see cref="StartSiloAsync"/>, <see cref="WaitUntilFrontendSeesAsync"/>): every process
/// ever started is kept for failure messages and ended on dispose.
/// </summary>
internal sealed class FrontedCluster : IAsyncDisposable
{
    /// <summary>Three runtimes start at once on a machine that may be busy: a generous bound, never a measure.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly List<SiloProcess> _silos = [];
    private readonly List<SiloProcess> _started = [];
    private SiloProcess? _frontend;

    private FrontedCluster(ClusterSettings settings) => Settings = settings;

    public ClusterSettings Settings { get; }

    public SiloProcess Frontend => _frontend ?? throw new InvalidOperationException("No front-end started.");

    /// <summary>The silos currently in the cluster (a stopped one is gone once <see cref="Remove"/> was called).</summary>
    public IReadOnlyList<SiloProcess> Silos => _silos;

    /// <summary>
    /// Starts the cluster, runs <paramref name="test"/> against it and stops it; a failing test
    /// first writes the processes' last output lines to <paramref name="output"/>.
    /// </summary>
    public static async Task RunAsync(ClusterSettings settings, Timeline timeline, Xunit.Abstractions.ITestOutputHelper output, Func<FrontedCluster, Task> test)
    {
        await using var cluster = await StartAsync(settings);
        timeline.Mark("two silos and a front-end up");
        try
        {
            await test(cluster);
        }
        catch
        {
            output.WriteLine(cluster.Describe(150));
            throw;
        }
    }

    /// <summary>Starts <paramref name="silos"/> silos and a front-end; returns once the front-end sees every silo active.</summary>
    public static async Task<FrontedCluster> StartAsync(ClusterSettings settings, int silos = 2)
    {
        var cluster = new FrontedCluster(settings);
        try
        {
            var starting = Enumerable.Range(0, silos).Select(i => cluster.StartSiloAsync($"silo-{i}")).ToList();
            await Task.WhenAll(starting);
            cluster._frontend = await cluster.TrackAsync(SiloProcess.StartAsync("frontend", settings.WithRole("frontend"), StartTimeout));
            await cluster.WaitUntilFrontendSeesAsync(cluster.Silos, StartTimeout);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts one more silo and waits until its own health lists it active.</summary>
    public async Task<SiloProcess> StartSiloAsync(string name)
    {
        var silo = await TrackAsync(SiloProcess.StartAsync(name, Settings.WithRole("silo"), StartTimeout));
        lock (_silos)
        {
            _silos.Add(silo);
        }

        return silo;
    }

    /// <summary>Takes a silo that left (or is about to) out of <see cref="Silos"/>.</summary>
    public void Remove(SiloProcess silo)
    {
        lock (_silos)
        {
            _silos.Remove(silo);
        }
    }

    /// <summary>
    /// Waits until the front-end's health lists exactly <paramref name="expected"/> as the active
    /// silos: every one of them, and no other (a silo that left is no longer active).
    /// </summary>
    public Task<TimeSpan> WaitUntilFrontendSeesAsync(IReadOnlyCollection<SiloProcess> expected, TimeSpan timeout) =>
        Poll.UntilAsync($"the front-end's health listing exactly {string.Join(", ", expected.Select(s => s.Name))} active", timeout, async () =>
        {
            var active = (await Frontend.MembersAsync()).Where(m => m.Status == "active").Select(m => m.Address).ToList();
            var agreed = active.Count == expected.Count
                && expected.All(s => active.Any(a => a.StartsWith(s.AddressPrefix, StringComparison.Ordinal)));
            return agreed ? null : "active: " + string.Join(", ", active);
        });

    /// <summary>How many lines of every process's kept output contain <paramref name="text"/>.</summary>
    public int CountInOutput(string text)
    {
        lock (_started)
        {
            return _started.Sum(p => p.Output.Count(text));
        }
    }

    /// <summary>The tail of every process's output (the front-end first), for failure messages.</summary>
    public string Describe(int lines)
    {
        var text = new StringBuilder();
        lock (_started)
        {
            foreach (var process in _started.OrderBy(p => p.IsFrontend ? 0 : 1))
            {
                text.AppendLine(process.Describe(lines));
            }
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        List<SiloProcess> started;
        lock (_started)
        {
            started = [.. _started];
        }

        foreach (var process in started)
        {
            await process.DisposeAsync();
        }
    }

    private async Task<SiloProcess> TrackAsync(Task<SiloProcess> starting)
    {
        var process = await starting;
        lock (_started)
        {
            _started.Add(process);
        }

        return process;
    }
}
