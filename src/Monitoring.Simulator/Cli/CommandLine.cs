using System.Globalization;
using System.Net;

namespace Monitoring.Simulator.Cli;

/// <summary>A verb followed by <c>--name value</c> options.</summary>
internal sealed class CommandLine
{
    public const string Usage = """
        usage:
          Monitoring.Simulator ingest --url http://127.0.0.1:5000 --key K [--devices 10000] [--batch 500]
                                      [--seconds 30] [--warmup 5] [--concurrency 8] [--sites 20] [--host-pid P] [--prefix a-]
          Monitoring.Simulator memory --url http://127.0.0.1:5000 --key K [--guards 10000] [--batch 500]
                                      [--concurrency 8] [--sites 20] [--settle 5] [--minutes 4]
                                      [--hours 0 (on shift this long first; needs Monitoring__Clock=manual)]
          Monitoring.Simulator feed   --url http://127.0.0.1:5000 --key K [--devices 10000] [--batch 500]
                                      [--rate 20000 (0: max)] [--seconds 30] [--warmup 10] [--concurrency 8]
                                      [--sites 20] [--tenant-clients 10] [--site-clients 10] [--probes 100]
                                      [--probe-interval 50] [--host-pid P]
          Monitoring.Simulator watch  --url http://127.0.0.1:5000 --key K [--clients 1] [--seconds 60]
          Monitoring.Simulator quality --url http://127.0.0.1:5000 --key K [--guards 1000] [--hours 10] [--sites 50]
                                      [--seed 1] [--step 30 (s of sim time, at most 300)] [--share S (every kind; default 2 %/5 %)] [--rate 0 (events/s cap; 0: as fast as taken)]
                                      [--out docs/quality.md]   (host started with Monitoring__Clock=manual)
          Monitoring.Simulator capacity --url http://127.0.0.1:5000[,http://127.0.0.1:5001] --key K [--host-pid P[,P2]]
                                      [--devices 10000] [--batch 500] [--concurrency 32] [--from 10000] [--step 10000]
                                      [--to 200000] [--seconds 10] [--warmup 3] [--settle 15] [--p99-limit 20] [--label "one host"]
                                      [--out docs/benchmarks]
          Monitoring.Simulator failover --url http://127.0.0.1:5002 --key K [--kill-pid P (SIGKILL; omit for none)] [--kill-after 15]
                                      [--devices 10000] [--batch 200] [--rate 20 (batches/s)] [--concurrency 32] [--seconds 45]
                                      [--warmup 5] [--window-before 5] [--window-after 60] [--drain 120] [--retry-ms 250]
                                      [--attempt-timeout 45] [--prefix fo-]
          Monitoring.Simulator demo   --url http://127.0.0.1:5000 --key K [--guards 40] [--sites 4] [--seed 7]
                                      [--minutes 0 (0: until Ctrl+C)]
          Monitoring.Simulator notify --url http://127.0.0.1:5000 --key K [--mode storm|latency] [--alerts 500|200] [--contacts 3]
                                      [--group-wait 30|0] [--fail-rate 0 (0..0.95)] [--spread 60] [--drain 300] [--seed 1] [--out F]
        Load verbs only target loopback addresses.
        """;

    private static readonly string[] Verbs = ["ingest", "memory", "feed", "watch", "quality", "demo", "capacity", "failover", "notify"];

    private readonly Dictionary<string, string> _options;

    private CommandLine(string verb, Dictionary<string, string> options)
    {
        Verb = verb;
        _options = options;
    }

    public string Verb { get; }

    public static bool TryParse(string[] args, out CommandLine command, out string? problem)
    {
        command = new CommandLine("", []);
        if (args.Length == 0 || !Verbs.Contains(args[0]))
        {
            problem = "A verb is required: ingest, memory, feed, watch, quality, demo, capacity, failover or notify.";
            return false;
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                problem = $"Expected '--name value' at '{args[i]}'.";
                return false;
            }

            options[args[i][2..]] = args[i + 1];
        }

        command = new CommandLine(args[0], options);
        problem = null;
        return true;
    }

    public string Text(string name, string? fallback = null) =>
        _options.TryGetValue(name, out var value) ? value
        : fallback ?? throw new ArgumentException($"--{name} is required.");

    public int Int(string name, int fallback, int min = 1)
    {
        if (!_options.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min
            ? value
            : throw new ArgumentException($"--{name} must be an integer >= {min}.");
    }

    public double Double(string name, double fallback, double min, double max)
    {
        if (!_options.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"--{name} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
    }

    /// <summary>The target host; a load generator never aims at anything but this machine.</summary>
    public Uri LoopbackUrl()
    {
        var url = new Uri(Text("url", "http://127.0.0.1:5000"));
        var loopback = url.IsLoopback || (IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip));
        return loopback ? url : throw new ArgumentException($"--url must be a loopback address, not {url.Host}.");
    }
}
