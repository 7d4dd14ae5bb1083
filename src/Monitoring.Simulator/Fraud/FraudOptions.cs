using System.ComponentModel;
using Monitoring.Simulator.Cli;
using Spectre.Console.Cli;

namespace Monitoring.Simulator.Fraud;

/// <summary>The command line of the <c>fraud</c> verb (the host must run with Monitoring__Clock=manual; the key needs admin).</summary>
internal sealed class FraudOptions : VerbOptions
{
    [CommandOption("--guards <N>"), Description("Guards of each night."), DefaultValue(150)]
    public int Guards { get; set; }

    [CommandOption("--sites <N>"), Description("Sites of each night."), DefaultValue(10)]
    public int Sites { get; set; }

    [CommandOption("--hours <H>"), Description("Length of each night (1.5 to 12)."), DefaultValue(2.0)]
    public double Hours { get; set; }

    [CommandOption("--share <SHARE>"), Description("Share of guards committing one fraud behaviour (0 to 1)."), DefaultValue(0.4)]
    public double Share { get; set; }

    [CommandOption("--seed <N>"), Description("Seed of the labelled training night."), DefaultValue(1)]
    public int Seed { get; set; }

    [CommandOption("--holdout-seed <N>"), Description("Seed of the held-out night (must differ from --seed)."), DefaultValue(2)]
    public int HoldoutSeed { get; set; }

    [CommandOption("--step <S>"), Description("Seconds of sim time per replay step (at most 300)."), DefaultValue(60)]
    public int Step { get; set; }

    [CommandOption("--train-timeout <S>"), Description("Seconds to wait for the training job."), DefaultValue(600)]
    public int TrainTimeout { get; set; }

    public FraudSettings ToSettings() => new(
        Loopback(Url), RequiredKey(), AtLeast(Guards, "guards"), AtLeast(Sites, "sites"), Between(Hours, "hours", 1.5, 12), Between(Share, "share", 0, 1),
        AtLeast(Seed, "seed", 0),
        HoldoutSeed != Seed ? AtLeast(HoldoutSeed, "holdout-seed", 0) : throw new ArgumentException("--holdout-seed must differ from --seed."),
        (int)Between(AtLeast(Step, "step"), "step", 1, 300), TimeSpan.FromSeconds(AtLeast(TrainTimeout, "train-timeout")));

    public override Task<int> RunAsync(IReadOnlyList<string> arguments, Status status, CancellationToken stop) =>
        FraudCommand.RunAsync(ToSettings(), status, stop);

    protected override object Check() => ToSettings();
}
