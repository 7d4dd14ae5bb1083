using System.ComponentModel;
using Monitoring.Simulator.Cli;
using Spectre.Console.Cli;

namespace Monitoring.Simulator.Notify;

/// <summary>The command line of the <c>notify</c> verb; some defaults depend on the mode.</summary>
internal sealed class NotifyOptions : VerbOptions
{
    [CommandOption("--mode <MODE>"), Description("storm: every alert at one site; latency: one alert per site, paced."), DefaultValue("storm")]
    public string Mode { get; set; } = "storm";

    [CommandOption("--alerts <N>"), Description("Alerts raised (at most 2000; default 500 in storm, 200 in latency).")]
    public int? Alerts { get; set; }

    [CommandOption("--contacts <N>"), Description("Contacts told about each alert (at most 20)."), DefaultValue(3)]
    public int Contacts { get; set; }

    [CommandOption("--group-wait <S>"), Description("The route's group wait (default 30 in storm, 0 in latency).")]
    public int? GroupWait { get; set; }

    [CommandOption("--fail-rate <SHARE>"), Description("Share of deliveries the receiver refuses (0 to 0.95)."), DefaultValue(0.0)]
    public double FailRate { get; set; }

    [CommandOption("--spread <S>"), Description("Seconds the alerts are spread over."), DefaultValue(60)]
    public int Spread { get; set; }

    [CommandOption("--drain <S>"), Description("Seconds to wait for every delivery."), DefaultValue(300)]
    public int Drain { get; set; }

    [CommandOption("--seed <N>"), Description("Seed of the receiver's refusals."), DefaultValue(1)]
    public int Seed { get; set; }

    [CommandOption("--out <FILE>"), Description("Append the figures to this file too.")]
    public string? Out { get; set; }

    public NotifySettings ToSettings()
    {
        if (Mode is not ("storm" or "latency"))
        {
            throw new ArgumentException("--mode must be storm or latency.");
        }

        var storm = Mode == "storm";
        return new(
            Loopback(Url), RequiredKey(), Mode, Math.Min(AtLeast(Alerts ?? (storm ? 500 : 200), "alerts"), 2000),
            Math.Min(AtLeast(Contacts, "contacts"), 20), Between(FailRate, "fail-rate", 0, 0.95),
            AtLeast(GroupWait ?? (storm ? 30 : 0), "group-wait", 0), AtLeast(Spread, "spread"), AtLeast(Drain, "drain"),
            AtLeast(Seed, "seed", 0), string.IsNullOrEmpty(Out) ? null : Out);
    }

    public override Task<int> RunAsync(IReadOnlyList<string> arguments, Status status, CancellationToken stop) =>
        NotifyCommand.RunAsync(ToSettings(), status, stop);

    protected override object Check() => ToSettings();
}
