namespace Monitoring.Simulator.Tests.Cli;

public sealed class SimulatorHelpTests
{
    public static TheoryData<string> Verbs => new() { "ingest", "memory", "feed", "watch", "quality", "capacity", "failover", "demo", "notify", "fraud" };

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_Root_ExitsZeroListingEveryVerb(string flag)
    {
        var run = await SimulatorRun.StartAsync([flag]);

        Assert.Equal(0, run.Exit);
        Assert.Contains("USAGE", run.Output, StringComparison.Ordinal);
        foreach (var verb in Verbs)
        {
            Assert.Contains(verb, run.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Help_EveryVerb_ExitsZeroWithItsOptions(string verb)
    {
        foreach (var flag in new[] { "--help", "-h" })
        {
            var run = await SimulatorRun.StartAsync([verb, flag]);

            Assert.Equal(0, run.Exit);
            Assert.Contains($"Monitoring.Simulator {verb} [OPTIONS]", run.Output, StringComparison.Ordinal);
            Assert.Contains("--url <URL>", run.Output, StringComparison.Ordinal);
            Assert.Contains("--key <KEY>", run.Output, StringComparison.Ordinal);
            Assert.Equal("", run.Errors);
        }
    }

    [Fact]
    public async Task Help_ProcessOnDisk_ExitsZero()
    {
        var simulator = Path.Combine(AppContext.BaseDirectory, "Monitoring.Simulator.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [simulator, "--help"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("capacity", output, StringComparison.Ordinal);
    }
}
