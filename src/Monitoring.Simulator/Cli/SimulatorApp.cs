using Monitoring.Simulator.Capacity;
using Monitoring.Simulator.Demo;
using Monitoring.Simulator.Failover;
using Monitoring.Simulator.Feed;
using Monitoring.Simulator.Fraud;
using Monitoring.Simulator.Ingest;
using Monitoring.Simulator.Memory;
using Monitoring.Simulator.Notify;
using Monitoring.Simulator.Quality;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Monitoring.Simulator.Cli;

/// <summary>
/// The simulator's command line: one verb per measurement, each with <c>--name value</c> options,
/// help on <c>--help</c>/<c>-h</c> (exit 0), a clear message and a non-zero exit on anything unknown.
/// </summary>
internal static class SimulatorApp
{
    /// <summary>Runs <paramref name="args"/>; help goes to <paramref name="console"/>, errors to <paramref name="errors"/>.</summary>
    public static async Task<int> RunAsync(
        string[] args, CancellationToken stop, IAnsiConsole? console = null, TextWriter? errors = null, ICommandInterceptor? interceptor = null)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("Monitoring.Simulator");
            if (interceptor is not null)
            {
                config.SetInterceptor(interceptor);
            }

            config.ConfigureConsole(console ?? AnsiConsole.Console);
            config.UseStrictParsing();
            config.SetExceptionHandler((e, _) => Fail(e, args, errors ?? Console.Error));
            Add<IngestOptions>(config, "ingest", "Post mixed telemetry batches for a while and report what the host accepted.",
                "ingest", "--url", "http://127.0.0.1:5000", "--key", "K", "--devices", "10000", "--seconds", "30");
            Add<MemoryOptions>(config, "memory", "Managed bytes per on-shift guard (optionally after hours on shift).",
                "memory", "--url", "http://127.0.0.1:5000", "--key", "K", "--guards", "10000");
            Add<FeedOptions>(config, "feed", "Live feed latency and fan-out under paced load, timed with probe guards.",
                "feed", "--url", "http://127.0.0.1:5000", "--key", "K", "--rate", "20000");
            Add<WatchOptions>(config, "watch", "Keep tenant-wide hub clients connected and count what they receive.",
                "watch", "--url", "http://127.0.0.1:5000", "--key", "K", "--clients", "1", "--seconds", "60");
            Add<QualityOptions>(config, "quality", "Replay a seeded night into a manual-clock host and score its alerts.",
                "quality", "--url", "http://127.0.0.1:5300", "--key", "K", "--out", "docs/quality.md");
            Add<CapacityOptions>(config, "capacity", "Offer rising rates until the hosts stop keeping up; write a table and a plot.",
                "capacity", "--url", "http://127.0.0.1:5000", "--key", "K", "--from", "10000", "--step", "10000");
            Add<FailoverOptions>(config, "failover", "Load one silo of two while the other is killed; count lost and late acknowledgements.",
                "failover", "--url", "http://127.0.0.1:5002", "--key", "K", "--kill-pid", "1234");
            Add<DemoOptions>(config, "demo", "A small fleet at real speed with scripted faults, so the dashboard comes alive.",
                "demo", "--url", "http://127.0.0.1:5000", "--key", "K", "--guards", "40");
            Add<NotifyOptions>(config, "notify", "Alert storms or paced alerts against a local webhook receiver: deliveries, latency, losses.",
                "notify", "--url", "http://127.0.0.1:5000", "--key", "K", "--mode", "storm");
            Add<FraudOptions>(config, "fraud", "Play a labelled fraud night, train, play a held-out night; precision/recall/F1 of the model and the rules.",
                "fraud", "--url", "http://127.0.0.1:5000", "--key", "K", "--seed", "1", "--holdout-seed", "2");
        });
        if (args.Length > 0)
        {
            return await app.RunAsync(args, stop);
        }

        // No verb at all: the help, but a script that forgot its verb must not pass.
        await app.RunAsync(["--help"], stop);
        (errors ?? Console.Error).WriteLine("Monitoring.Simulator: a verb is required.");
        return 2;
    }

    private static void Add<TOptions>(IConfigurator config, string name, string description, params string[] example)
        where TOptions : VerbOptions =>
        config.AddCommand<Verb<TOptions>>(name).WithDescription(description).WithExample(example);

    private static int Fail(Exception e, string[] args, TextWriter errors)
    {
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "Monitoring.Simulator";
        var expected = e is CommandAppException or ArgumentException or HttpRequestException or OperationCanceledException or InvalidOperationException;
        errors.WriteLine($"{verb}: {Culprit(e, args)}{(expected ? e.Message : e.ToString())}");
        if (e is CommandAppException)
        {
            errors.WriteLine("Run 'Monitoring.Simulator --help' (or '<verb> --help') for the verbs and their options.");
            return 2;
        }

        return 1;
    }

    /// <summary>A value that could not be converted is named with its option: "--seconds: ".</summary>
    private static string Culprit(Exception e, string[] args)
    {
        if (e is not CommandAppException || !e.Message.StartsWith("Failed to convert '", StringComparison.Ordinal))
        {
            return "";
        }

        var value = e.Message["Failed to convert '".Length..].Split('\'')[0];
        var at = Array.FindLastIndex(args, a => a == value);
        return at > 0 && args[at - 1].StartsWith('-') ? args[at - 1] + ": " : "";
    }
}
