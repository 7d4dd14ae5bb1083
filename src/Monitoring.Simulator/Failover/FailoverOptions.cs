using System.ComponentModel;
using Monitoring.Simulator.Cli;
using Spectre.Console.Cli;

namespace Monitoring.Simulator.Failover;

/// <summary>The command line of the <c>failover</c> verb; times in seconds unless named otherwise.</summary>
internal sealed class FailoverOptions : VerbOptions
{
    [CommandOption("--kill-pid <PID>"), Description("The silo to kill (SIGKILL) during the run; none when left out.")]
    public int? KillPid { get; set; }

    [CommandOption("--kill-after <S>"), Description("Seconds into the measured span to kill it."), DefaultValue(15)]
    public int KillAfter { get; set; }

    [CommandOption("--devices <N>"), Description("Devices, one guard each."), DefaultValue(10_000)]
    public int Devices { get; set; }

    [CommandOption("--batch <N>"), Description("Events per batch (at most 5000)."), DefaultValue(200)]
    public int Batch { get; set; }

    [CommandOption("--rate <N>"), Description("Batches per second."), DefaultValue(20)]
    public int Rate { get; set; }

    [CommandOption("--concurrency <N>"), Description("Connections posting at once."), DefaultValue(32)]
    public int Concurrency { get; set; }

    [CommandOption("--seconds <S>"), Description("Measured seconds."), DefaultValue(45)]
    public int Seconds { get; set; }

    [CommandOption("--warmup <S>"), Description("Unmeasured seconds first."), DefaultValue(5)]
    public int Warmup { get; set; }

    [CommandOption("--window-before <S>"), Description("Seconds before the kill counted as 'before'."), DefaultValue(5)]
    public int WindowBefore { get; set; }

    [CommandOption("--window-after <S>"), Description("Seconds after the kill counted as 'after'."), DefaultValue(60)]
    public int WindowAfter { get; set; }

    [CommandOption("--drain <S>"), Description("Seconds to keep retrying once the load stops."), DefaultValue(120)]
    public int Drain { get; set; }

    [CommandOption("--retry-ms <MS>"), Description("Pause before a retry."), DefaultValue(250)]
    public int RetryMs { get; set; }

    [CommandOption("--attempt-timeout <S>"), Description("Seconds one attempt may take."), DefaultValue(45)]
    public int AttemptTimeout { get; set; }

    [CommandOption("--prefix <TEXT>"), Description("Prefix of the device and guard ids."), DefaultValue("fo-")]
    public string Prefix { get; set; } = "fo-";

    public FailoverSettings ToSettings() => new(
        Loopback(Url), RequiredKey(), AtLeast(Devices, "devices"), Math.Min(AtLeast(Batch, "batch"), 5000), AtLeast(Rate, "rate"),
        AtLeast(Concurrency, "concurrency"), AtLeast(Seconds, "seconds"), AtLeast(Warmup, "warmup", 0),
        KillPid is { } pid ? AtLeast(pid, "kill-pid") : null, AtLeast(KillAfter, "kill-after", 0), AtLeast(WindowBefore, "window-before", 0),
        AtLeast(WindowAfter, "window-after"), AtLeast(Drain, "drain", 0), AtLeast(RetryMs, "retry-ms"), AtLeast(AttemptTimeout, "attempt-timeout"), Prefix);

    public override Task<int> RunAsync(IReadOnlyList<string> arguments, Status status, CancellationToken stop) =>
        FailoverCommand.RunAsync(ToSettings(), status, stop);

    protected override object Check() => ToSettings();
}
