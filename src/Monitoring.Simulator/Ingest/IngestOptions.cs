using System.ComponentModel;
using Monitoring.Simulator.Cli;
using Spectre.Console.Cli;

namespace Monitoring.Simulator.Ingest;

/// <summary>The command line of the <c>ingest</c> verb.</summary>
internal sealed class IngestOptions : VerbOptions
{
    [CommandOption("--devices <N>"), Description("Devices, one guard each."), DefaultValue(10_000)]
    public int Devices { get; set; }

    [CommandOption("--batch <N>"), Description("Events per batch (at most 5000)."), DefaultValue(500)]
    public int Batch { get; set; }

    [CommandOption("--seconds <S>"), Description("Measured seconds."), DefaultValue(30)]
    public int Seconds { get; set; }

    [CommandOption("--warmup <S>"), Description("Unmeasured seconds first."), DefaultValue(5)]
    public int Warmup { get; set; }

    [CommandOption("--concurrency <N>"), Description("Connections posting at once."), DefaultValue(8)]
    public int Concurrency { get; set; }

    [CommandOption("--sites <N>"), Description("Sites the devices are spread over."), DefaultValue(20)]
    public int Sites { get; set; }

    [CommandOption("--host-pid <PID>"), Description("The host's process id, for its CPU figures.")]
    public int? HostPid { get; set; }

    [CommandOption("--silo-pid <PID>"), Description("With --url naming a front-end: its silo's process id, measured beside the host.")]
    public int? SiloPid { get; set; }

    [CommandOption("--prefix <TEXT>"), Description("Prefix of the device and guard ids."), DefaultValue("")]
    public string Prefix { get; set; } = "";

    public IngestSettings ToSettings() => new(
        Loopback(Url), RequiredKey(), AtLeast(Devices, "devices"), Math.Min(AtLeast(Batch, "batch"), 5000), AtLeast(Seconds, "seconds"),
        AtLeast(Warmup, "warmup", 0), AtLeast(Concurrency, "concurrency"), AtLeast(Sites, "sites"), HostPid, Prefix, SiloPid);

    public override Task<int> RunAsync(IReadOnlyList<string> arguments, Status status, CancellationToken stop) =>
        IngestCommand.RunAsync(ToSettings(), status, stop);

    protected override object Check() => ToSettings();
}
