using System.ComponentModel;
using Monitoring.Simulator.Cli;
using Spectre.Console.Cli;

namespace Monitoring.Simulator.Feed;

/// <summary>The command line of the <c>watch</c> verb.</summary>
internal sealed class WatchOptions : VerbOptions
{
    [CommandOption("--clients <N>"), Description("Tenant-wide hub clients."), DefaultValue(1)]
    public int Clients { get; set; }

    [CommandOption("--seconds <S>"), Description("How long they stay connected."), DefaultValue(60)]
    public int Seconds { get; set; }

    public WatchSettings ToSettings() => new(Loopback(Url), RequiredKey(), AtLeast(Clients, "clients"), AtLeast(Seconds, "seconds"));

    public override Task<int> RunAsync(IReadOnlyList<string> arguments, Status status, CancellationToken stop) =>
        WatchCommand.RunAsync(ToSettings(), status, stop);

    protected override object Check() => ToSettings();
}
