namespace Monitoring.Simulator.Tests.Cli;

public sealed class SimulatorCommandLineTests
{
    [Fact]
    public async Task NoVerb_PrintsHelp_ExitsNonZero()
    {
        var run = await SimulatorRun.StartAsync([]);

        Assert.NotEqual(0, run.Exit);
        Assert.Contains("USAGE", run.Output, StringComparison.Ordinal);
        Assert.Contains("a verb is required", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_ExitsNonZeroNamingIt()
    {
        var run = await SimulatorRun.StartAsync(["inject", "--key", "k"]);

        Assert.NotEqual(0, run.Exit);
        Assert.Contains("Unknown command 'inject'", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOption_ExitsNonZeroNamingIt()
    {
        var run = await SimulatorRun.StartAsync(["ingest", "--key", "k", "--devcies", "10"]);

        Assert.NotEqual(0, run.Exit);
        Assert.Contains("Unknown option 'devcies'", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--key is required", "ingest")]
    [InlineData("--url must be a loopback address, not 192.0.2.1", "watch", "--key", "k", "--url", "http://192.0.2.1:5000")]
    [InlineData("--devices must be an integer >= 1", "ingest", "--key", "k", "--devices", "0")]
    [InlineData("--step must be at most 300 seconds", "quality", "--key", "k", "--step", "301")]
    [InlineData("--hours must be a number from 1 to 24", "quality", "--key", "k", "--hours", "25")]
    [InlineData("--mode must be storm or latency", "notify", "--key", "k", "--mode", "flood")]
    [InlineData("--fail-rate must be a number from 0 to 0.95", "notify", "--key", "k", "--fail-rate", "1")]
    [InlineData("--host-pid must name one process per --url", "capacity", "--key", "k", "--url", "http://127.0.0.1:5001,http://127.0.0.1:5002", "--host-pid", "7")]
    [InlineData("--minutes must be an integer >= 0", "demo", "--key", "k", "--minutes", "-1")]
    [InlineData("--holdout-seed must differ from --seed", "fraud", "--key", "k", "--seed", "3", "--holdout-seed", "3")]
    public async Task BadValue_ExitsNonZeroNamingTheOption(string message, params string[] args)
    {
        var parsed = new ParseOnly();
        var run = await SimulatorRun.StartAsync(args, parsed);

        Assert.NotEqual(0, run.Exit);
        Assert.Null(parsed.Options);
        Assert.Contains(message, run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotANumber_ExitsNonZeroNamingTheOption()
    {
        var run = await SimulatorRun.StartAsync(["ingest", "--key", "k", "--seconds", "ten"]);

        Assert.NotEqual(0, run.Exit);
        Assert.Contains("seconds", run.Errors, StringComparison.Ordinal);
    }
}
