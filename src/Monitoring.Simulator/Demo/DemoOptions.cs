using System.ComponentModel;
using Monitoring.Simulator.Cli;
using Spectre.Console.Cli;

namespace Monitoring.Simulator.Demo;

/// <summary>The command line of the <c>demo</c> verb.</summary>
internal sealed class DemoOptions : VerbOptions
{
    [CommandOption("--guards <N>"), Description("Guards of the demo fleet."), DefaultValue(40)]
    public int Guards { get; set; }

    [CommandOption("--sites <N>"), Description("Sites they work at."), DefaultValue(4)]
    public int Sites { get; set; }

    [CommandOption("--seed <N>"), Description("Seed of the scripted night."), DefaultValue(7)]
    public int Seed { get; set; }

    [CommandOption("--minutes <M>"), Description("How long to run (0: until Ctrl+C)."), DefaultValue(0)]
    public int Minutes { get; set; }

    public DemoSettings ToSettings() => new(
        Loopback(Url), RequiredKey(), AtLeast(Guards, "guards"), AtLeast(Sites, "sites"), AtLeast(Seed, "seed", 0), AtLeast(Minutes, "minutes", 0));

    public override Task<int> RunAsync(IReadOnlyList<string> arguments, Status status, CancellationToken stop) =>
        DemoCommand.RunAsync(ToSettings(), status, stop);

    protected override object Check() => ToSettings();
}
