using Monitoring.Simulator.Capacity;
using Monitoring.Simulator.Demo;
using Monitoring.Simulator.Failover;
using Monitoring.Simulator.Feed;
using Monitoring.Simulator.Ingest;
using Monitoring.Simulator.Memory;
using Monitoring.Simulator.Notify;
using Monitoring.Simulator.Quality;

namespace Monitoring.Simulator.Tests.Cli;

/// <summary>
/// The command lines scripts/bench.sh, the README and docs/benchmarks.md give parse into the settings
/// they always meant (the verb is stopped right after parsing).
/// </summary>
public sealed class ScriptCommandLineTests
{
    private const string Url = "http://127.0.0.1:5000";

    [Fact]
    public async Task BenchIngest_KeyAndUrlLast_Parses()
    {
        var s = (await ParseAsync<IngestOptions>("ingest --devices 10000 --batch 500 --seconds 20 --warmup 5 --concurrency 8 --host-pid 4242 --prefix one- --url http://127.0.0.1:5000 --key bench-key")).ToSettings();

        Assert.Equal(new IngestSettings(new Uri(Url), "bench-key", 10_000, 500, 20, 5, 8, 20, 4242, "one-"), s);
    }

    [Fact]
    public async Task BenchIngestFrontend_SiloPid_Parses()
    {
        var s = (await ParseAsync<IngestOptions>("ingest --devices 10000 --batch 500 --seconds 20 --warmup 5 --concurrency 8 --host-pid 4242 --silo-pid 4343 --prefix fe- --url http://127.0.0.1:5000 --key bench-key")).ToSettings();

        Assert.Equal(new IngestSettings(new Uri(Url), "bench-key", 10_000, 500, 20, 5, 8, 20, 4242, "fe-", 4343), s);
    }

    [Fact]
    public async Task BenchMemoryAndWatch_ScriptLines_Parse()
    {
        var memory = (await ParseAsync<MemoryOptions>("memory --guards 2000 --minutes 30 --hours 4 --concurrency 8 --settle 2 --url http://127.0.0.1:5000 --key k")).ToSettings();
        var watch = (await ParseAsync<WatchOptions>("watch --clients 1 --seconds 335 --url http://127.0.0.1:5000 --key k")).ToSettings();

        Assert.Equal(new MemorySettings(new Uri(Url), "k", 2000, 500, 8, 20, 2, 30, 4), memory);
        Assert.Equal(new WatchSettings(new Uri(Url), "k", 1, 335), watch);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public async Task BenchFeed_BatchedValue_Parses(string batched, bool expected)
    {
        var s = (await ParseAsync<FeedOptions>($"feed --devices 10000 --batch 500 --rate 0 --seconds 20 --warmup 5 --concurrency 8 --tenant-clients 10 --site-clients 10 --batched {batched} --host-pid 7 --url {Url} --key k")).ToSettings();

        Assert.Equal(new FeedSettings(new Uri(Url), "k", 10_000, 500, 0, 20, 5, 8, 20, 10, 10, 100, 50, 7, expected), s);
    }

    [Fact]
    public async Task BenchCapacityTwoSilos_KeepsLabelAndReproducingCommand()
    {
        string[] args =
        [
            "capacity", "--url", "http://127.0.0.1:5001,http://127.0.0.1:5002", "--key", "k", "--host-pid", "11,12", "--devices", "10000",
            "--concurrency", "16", "--from", "10000", "--step", "10000", "--to", "300000", "--seconds", "10", "--label", "two silos PostgreSQL", "--out", "docs/benchmarks",
        ];
        var parsed = new ParseOnly();
        await SimulatorRun.StartAsync(args, parsed);
        var s = ((CapacityOptions)parsed.Options!).ToSettings();

        Assert.Equal([new Uri("http://127.0.0.1:5001"), new Uri("http://127.0.0.1:5002")], s.Urls);
        Assert.Equal([11, 12], s.HostPids);
        Assert.Equal((10_000, 16, 10_000, 10_000, 300_000, 10, 3, 15, 20.0), (s.Devices, s.Concurrency, s.FromRate, s.Step, s.ToRate, s.Seconds, s.Warmup, s.Settle, s.P99LimitMs));
        Assert.Equal(("two silos PostgreSQL", "docs/benchmarks"), (s.Label, s.Out));
        Assert.Equal(args, parsed.Arguments);
    }

    [Fact]
    public async Task BenchFailover_ScriptLine_Parses()
    {
        var s = (await ParseAsync<FailoverOptions>("failover --url http://127.0.0.1:5002 --key k --kill-pid 99 --kill-after 15 --seconds 45 --warmup 5 --devices 10000 --batch 200 --rate 20 --drain 120")).ToSettings();

        Assert.Equal(new FailoverSettings(new Uri("http://127.0.0.1:5002"), "k", 10_000, 200, 20, 32, 45, 5, 99, 15, 5, 60, 120, 250, 45, "fo-"), s);
    }

    [Fact]
    public async Task ReadmeQualityDemoNotify_DocumentedLines_Parse()
    {
        var quality = (await ParseAsync<QualityOptions>("quality --url http://127.0.0.1:5410 --key k --guards 1000 --hours 10 --sites 50 --seed 1 --step 30 --share 0.05 --rate 250 --out quality-seed1.md")).ToSettings();
        var demo = (await ParseAsync<DemoOptions>($"demo --url {Url} --key k --guards 40")).ToSettings();
        var latency = (await ParseAsync<NotifyOptions>($"notify --url {Url} --key k --mode latency --alerts 200 --contacts 2 --group-wait 0 --fail-rate 0.5 --seed 2")).ToSettings();
        var storm = (await ParseAsync<NotifyOptions>($"notify --url {Url} --key k --mode storm")).ToSettings();

        Assert.Equal(new QualitySettings(new Uri("http://127.0.0.1:5410"), "k", 1000, 10, 50, 1, 30, "quality-seed1.md", 0.05, 250), quality);
        Assert.Equal(new DemoSettings(new Uri(Url), "k", 40, 4, 7, 0), demo);
        Assert.Equal(new NotifySettings(new Uri(Url), "k", "latency", 200, 2, 0.5, 0, 60, 300, 2, null), latency);
        Assert.Equal((500, 3, 30), (storm.Alerts, storm.Contacts, storm.GroupWaitS));
    }

    private static async Task<T> ParseAsync<T>(string line)
        where T : class
    {
        var parsed = new ParseOnly();
        var run = await SimulatorRun.StartAsync(line.Split(' '), parsed);
        Assert.True(parsed.Options is T, $"'{line}' did not parse: exit {run.Exit}, {run.Errors}");
        return (T)(object)parsed.Options!;
    }
}
