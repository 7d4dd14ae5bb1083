using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// N host processes on one database (one Orleans cluster), started together; ready once every one
/// of them lists all N as active in its <c>GET /api/v1/health</c>.
/// </summary>
internal sealed class ClusterHarness : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly List<SiloProcess> _silos;

    private ClusterHarness(ClusterSettings settings, List<SiloProcess> silos)
    {
        Settings = settings;
        _silos = silos;
    }

    public ClusterSettings Settings { get; }

    public IReadOnlyList<SiloProcess> Silos => _silos;

    /// <summary>The processes that have not exited.</summary>
    public IReadOnlyList<SiloProcess> Running => [.. _silos.Where(s => !s.HasExited)];

    public static async Task<ClusterHarness> StartAsync(ClusterSettings settings, int count, string namePrefix)
    {
        var started = new List<SiloProcess>();
        var starts = Enumerable.Range(0, count).Select(async i =>
        {
            var silo = await SiloProcess.StartAsync($"{namePrefix}-{i}", settings, StartTimeout);
            lock (started)
            {
                started.Add(silo);
            }

            return silo;
        }).ToList();
        try
        {
            await Task.WhenAll(starts);
        }
        catch
        {
            foreach (var silo in started)
            {
                await silo.DisposeAsync();
            }

            throw;
        }

        var cluster = new ClusterHarness(settings, [.. starts.Select(t => t.Result)]);
        try
        {
            await cluster.WaitUntilMembersAsync(cluster.Silos, StartTimeout);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>
    /// Waits until the health of every silo in <paramref name="expected"/> lists exactly those silos
    /// as active: all of them, and no other (a killed silo stays active until it is declared dead).
    /// </summary>
    public async Task WaitUntilMembersAsync(IReadOnlyCollection<SiloProcess> expected, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            var agreed = true;
            foreach (var silo in expected)
            {
                try
                {
                    var active = (await silo.MembersAsync()).Where(m => m.Status == "active").Select(m => m.Address).ToList();
                    seen[silo.Name] = string.Join(", ", active);
                    agreed &= active.Count == expected.Count
                        && expected.All(e => active.Any(a => a.StartsWith(e.AddressPrefix, StringComparison.Ordinal)));
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException)
                {
                    seen[silo.Name] = e.GetType().Name + ": " + e.Message;
                    agreed = false;
                }
            }

            if (agreed)
            {
                return;
            }

            if (clock.Elapsed > timeout)
            {
                var views = string.Join("\n", seen.Select(kv => $"  {kv.Key} sees active: {kv.Value}"));
                throw new TimeoutException(
                    $"The silos did not agree on the active members ({string.Join(", ", expected.Select(s => s.AddressPrefix))}) " +
                    $"within {timeout.TotalSeconds:0} s:\n{views}\n{Describe(100)}");
            }

            await Task.Delay(500);
        }
    }

    /// <summary>Stops every running process gracefully, all at once, and returns their exit codes.</summary>
    public async Task<IReadOnlyList<(string Name, int ExitCode)>> StopAllAsync(TimeSpan timeout)
    {
        var running = Running;
        var codes = await Task.WhenAll(running.Select(s => s.StopAsync(timeout)));
        return [.. running.Select((s, i) => (s.Name, codes[i]))];
    }

    /// <summary>The tail of every process's output, for failure messages.</summary>
    public string Describe(int lines)
    {
        var text = new StringBuilder();
        foreach (var silo in _silos)
        {
            text.AppendLine(silo.Describe(lines));
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }
    }
}
