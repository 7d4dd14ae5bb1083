using System.ComponentModel;
using Monitoring.Simulator.Cli;
using Spectre.Console.Cli;

namespace Monitoring.Simulator.Capacity;

/// <summary>The command line of the <c>capacity</c> verb; <c>--url</c> and <c>--host-pid</c> may name several silos, comma-separated.</summary>
internal sealed class CapacityOptions : VerbOptions
{
    [CommandOption("--host-pid <PIDS>"), Description("The hosts' process ids, one per --url, comma-separated.")]
    public string? HostPid { get; set; }

    [CommandOption("--devices <N>"), Description("Devices, one guard each, split over the hosts."), DefaultValue(10_000)]
    public int Devices { get; set; }

    [CommandOption("--batch <N>"), Description("Events per batch."), DefaultValue(500)]
    public int Batch { get; set; }

    [CommandOption("--concurrency <N>"), Description("Connections posting at once, per host."), DefaultValue(32)]
    public int Concurrency { get; set; }

    [CommandOption("--from <EVENTS>"), Description("First rate offered, events/s."), DefaultValue(10_000)]
    public int From { get; set; }

    [CommandOption("--step <EVENTS>"), Description("Rise per step, events/s."), DefaultValue(10_000)]
    public int Step { get; set; }

    [CommandOption("--to <EVENTS>"), Description("Last rate offered, events/s."), DefaultValue(200_000)]
    public int To { get; set; }

    [CommandOption("--seconds <S>"), Description("Measured seconds per rate."), DefaultValue(10)]
    public int Seconds { get; set; }

    [CommandOption("--warmup <S>"), Description("Unmeasured seconds at each rate first."), DefaultValue(3)]
    public int Warmup { get; set; }

    [CommandOption("--settle <S>"), Description("Unmeasured seconds at the first rate after the shift starts."), DefaultValue(15)]
    public int Settle { get; set; }

    [CommandOption("--p99-limit <MS>"), Description("Batch latency p99 a kept-up rate stays within."), DefaultValue(20)]
    public int P99Limit { get; set; }

    [CommandOption("--label <TEXT>"), Description("Names the run and its files (default: 'one host' or 'N silos').")]
    public string? Label { get; set; }

    [CommandOption("--out <DIR>"), Description("Folder for the table (.md) and the plot (.png)."), DefaultValue("docs/benchmarks")]
    public string Out { get; set; } = "docs/benchmarks";

    public CapacitySettings ToSettings()
    {
        var urls = Url.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Loopback).ToList();
        var pids = (HostPid ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.TryParse(p, out var pid) && pid > 0 ? pid : throw new ArgumentException($"--host-pid: '{p}' is not a process id.")).ToList();
        if (pids.Count > 0 && pids.Count != urls.Count)
        {
            throw new ArgumentException("--host-pid must name one process per --url.");
        }

        return new CapacitySettings(
            urls, RequiredKey(), pids, AtLeast(Devices, "devices"), AtLeast(Batch, "batch"), AtLeast(Concurrency, "concurrency"),
            AtLeast(From, "from"), AtLeast(Step, "step"), AtLeast(To, "to"), AtLeast(Seconds, "seconds"), AtLeast(Warmup, "warmup"),
            AtLeast(Settle, "settle", 0), AtLeast(P99Limit, "p99-limit"), Label ?? (urls.Count == 1 ? "one host" : $"{urls.Count} silos"), Out);
    }

    public override Task<int> RunAsync(IReadOnlyList<string> arguments, Status status, CancellationToken stop) =>
        CapacityCommand.RunAsync(ToSettings(), "dotnet run --project src/Monitoring.Simulator -- " + string.Join(' ', arguments), status, stop);

    protected override object Check() => ToSettings();
}
