using System.ComponentModel;
using Monitoring.Simulator.Cli;
using Spectre.Console.Cli;

namespace Monitoring.Simulator.Quality;

/// <summary>The command line of the <c>quality</c> verb (the host must run with Monitoring__Clock=manual).</summary>
internal sealed class QualityOptions : VerbOptions
{
    [CommandOption("--guards <N>"), Description("Guards of the night."), DefaultValue(1_000)]
    public int Guards { get; set; }

    [CommandOption("--hours <H>"), Description("Length of the night (1 to 24)."), DefaultValue(10.0)]
    public double Hours { get; set; }

    [CommandOption("--sites <N>"), Description("Sites of the night."), DefaultValue(50)]
    public int Sites { get; set; }

    [CommandOption("--seed <N>"), Description("Seed of the night."), DefaultValue(1)]
    public int Seed { get; set; }

    [CommandOption("--step <S>"), Description("Seconds of sim time per replay step (at most 300)."), DefaultValue(30)]
    public int Step { get; set; }

    [CommandOption("--share <SHARE>"), Description("Even share of guards per behaviour (0 to 1; default: the usual 2 % / 5 %).")]
    public double? Share { get; set; }

    [CommandOption("--rate <EVENTS>"), Description("Events per second at most (0: as fast as taken)."), DefaultValue(0)]
    public int Rate { get; set; }

    [CommandOption("--out <FILE>"), Description("Where the Markdown report goes."), DefaultValue("docs/quality.md")]
    public string Out { get; set; } = "docs/quality.md";

    public QualitySettings ToSettings() => new(
        Loopback(Url), RequiredKey(), AtLeast(Guards, "guards"), Between(Hours, "hours", 1, 24), AtLeast(Sites, "sites"), AtLeast(Seed, "seed", 0),
        AtLeast(Step, "step") <= QualitySettings.MaxStep ? Step : throw new ArgumentException($"--step must be at most {QualitySettings.MaxStep} seconds."),
        Out, Share is { } share ? Between(share, "share", 0, 1) : null, AtLeast(Rate, "rate", 0));

    public override Task<int> RunAsync(IReadOnlyList<string> arguments, Status status, CancellationToken stop) =>
        QualityCommand.RunAsync(ToSettings(), status, stop);

    protected override object Check() => ToSettings();
}
