using System.ComponentModel;
using Monitoring.Simulator.Cli;
using Spectre.Console.Cli;

namespace Monitoring.Simulator.Memory;

/// <summary>The command line of the <c>memory</c> verb.</summary>
internal sealed class MemoryOptions : VerbOptions
{
    [CommandOption("--guards <N>"), Description("Guards put on shift."), DefaultValue(10_000)]
    public int Guards { get; set; }

    [CommandOption("--batch <N>"), Description("Events per batch (at most 5000)."), DefaultValue(500)]
    public int Batch { get; set; }

    [CommandOption("--concurrency <N>"), Description("Connections posting at once."), DefaultValue(8)]
    public int Concurrency { get; set; }

    [CommandOption("--sites <N>"), Description("Sites the guards are spread over."), DefaultValue(20)]
    public int Sites { get; set; }

    [CommandOption("--settle <S>"), Description("Seconds to wait before the last reading."), DefaultValue(5)]
    public int Settle { get; set; }

    [CommandOption("--minutes <M>"), Description("Minutes of events per guard (2 to 60)."), DefaultValue(4)]
    public int Minutes { get; set; }

    [CommandOption("--hours <H>"), Description("Hours on shift first (at most 12; needs Monitoring__Clock=manual)."), DefaultValue(0)]
    public int Hours { get; set; }

    public MemorySettings ToSettings() => new(
        Loopback(Url), RequiredKey(), AtLeast(Guards, "guards"), Math.Min(AtLeast(Batch, "batch"), 5000), AtLeast(Concurrency, "concurrency"),
        AtLeast(Sites, "sites"), AtLeast(Settle, "settle", 0), Math.Min(AtLeast(Minutes, "minutes", 2), 60), Math.Min(AtLeast(Hours, "hours", 0), 12));

    public override Task<int> RunAsync(IReadOnlyList<string> arguments, Status status, CancellationToken stop) =>
        MemoryCommand.RunAsync(ToSettings(), status, stop);

    protected override object Check() => ToSettings();
}
