using System.Diagnostics;

namespace Monitoring.Cli.Tests.Help;

/// <summary>The simulator built beside these tests, run as a process: its help exits 0 for the tool and every verb.</summary>
public sealed class SimulatorHelpProcessTests
{
    public static TheoryData<string> Verbs => new() { "", "ingest", "memory", "feed", "watch", "quality", "capacity", "failover", "demo", "notify" };

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Help_SimulatorVerb_ExitsZero(string verb)
    {
        var simulator = Path.Combine(AppContext.BaseDirectory, "Monitoring.Simulator.dll");
        string[] args = verb.Length == 0 ? [simulator, "--help"] : [simulator, verb, "--help"];
        var start = new ProcessStartInfo("dotnet", args) { RedirectStandardOutput = true, RedirectStandardError = true };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await errors);
        Assert.Contains(verb.Length == 0 ? "COMMANDS:" : $"Monitoring.Simulator {verb} [OPTIONS]", await output, StringComparison.Ordinal);
    }
}
