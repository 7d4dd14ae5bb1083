using System.ComponentModel;
using Monitoring.Simulator.Cli;
using Spectre.Console.Cli;

namespace Monitoring.Simulator.Feed;

/// <summary>The command line of the <c>feed</c> verb.</summary>
internal sealed class FeedOptions : VerbOptions
{
    [CommandOption("--devices <N>"), Description("Devices, one guard each."), DefaultValue(10_000)]
    public int Devices { get; set; }

    [CommandOption("--batch <N>"), Description("Events per batch (at most 5000)."), DefaultValue(500)]
    public int Batch { get; set; }

    [CommandOption("--rate <EVENTS>"), Description("Events per second offered (0: as fast as taken)."), DefaultValue(20_000)]
    public int Rate { get; set; }

    [CommandOption("--seconds <S>"), Description("Measured seconds."), DefaultValue(30)]
    public int Seconds { get; set; }

    [CommandOption("--warmup <S>"), Description("Unmeasured seconds first."), DefaultValue(10)]
    public int Warmup { get; set; }

    [CommandOption("--concurrency <N>"), Description("Connections posting at once."), DefaultValue(8)]
    public int Concurrency { get; set; }

    [CommandOption("--sites <N>"), Description("Sites the devices are spread over."), DefaultValue(20)]
    public int Sites { get; set; }

    [CommandOption("--tenant-clients <N>"), Description("Tenant-wide hub clients."), DefaultValue(10)]
    public int TenantClients { get; set; }

    [CommandOption("--site-clients <N>"), Description("Hub clients subscribed to one site each."), DefaultValue(10)]
    public int SiteClients { get; set; }

    [CommandOption("--probes <N>"), Description("Probe guards whose events are timed end to end."), DefaultValue(100)]
    public int Probes { get; set; }

    [CommandOption("--probe-interval <MS>"), Description("Milliseconds between two probes."), DefaultValue(50)]
    public int ProbeInterval { get; set; }

    [CommandOption("--host-pid <PID>"), Description("The host's process id, for its CPU figures.")]
    public int? HostPid { get; set; }

    [CommandOption("--batched <BOOL>"), Description("Subscribe in batch mode (true or false)."), DefaultValue(false)]
    public bool Batched { get; set; }

    public FeedSettings ToSettings() => new(
        Loopback(Url), RequiredKey(), AtLeast(Devices, "devices"), Math.Min(AtLeast(Batch, "batch"), 5000), AtLeast(Rate, "rate", 0),
        AtLeast(Seconds, "seconds"), AtLeast(Warmup, "warmup", 0), AtLeast(Concurrency, "concurrency"), AtLeast(Sites, "sites"),
        AtLeast(TenantClients, "tenant-clients", 0), AtLeast(SiteClients, "site-clients", 0), AtLeast(Probes, "probes"),
        AtLeast(ProbeInterval, "probe-interval"), HostPid, Batched);

    public override Task<int> RunAsync(IReadOnlyList<string> arguments, Status status, CancellationToken stop) =>
        FeedCommand.RunAsync(ToSettings(), status, stop);

    protected override object Check() => ToSettings();
}
