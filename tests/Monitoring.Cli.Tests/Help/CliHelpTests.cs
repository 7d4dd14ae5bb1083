using Monitoring.Cli.Tests.Fixtures;

namespace Monitoring.Cli.Tests.Help;

public sealed class CliHelpTests
{
    private static readonly string[] All =
    [
        "", "status", "alerts", "alerts list", "alerts acknowledge", "alerts resolve", "silences", "silences list",
        "silences create", "silences expire", "incidents", "incidents list", "tail",
    ];

    public static TheoryData<string> Commands => new(All);

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_EveryCommand_ExitsZeroWithUsage(string command)
    {
        foreach (var flag in new[] { "--help", "-h" })
        {
            string[] args = [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), flag];
            var (exit, output, errors) = await CliRun.StartAsync(args);

            Assert.Equal(0, exit);
            Assert.Equal("", errors);
            Assert.Contains($"Monitoring.Cli {command}".TrimEnd(), output, StringComparison.Ordinal);
            Assert.Contains("USAGE", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Help_LeafCommands_ListUrlAndKey()
    {
        foreach (var command in All.Where(c => c is "status" or "tail" || c.Contains(' ', StringComparison.Ordinal)))
        {
            var (_, output, _) = await CliRun.StartAsync([.. command.Split(' '), "--help"]);

            Assert.Contains("--url <URL>", output, StringComparison.Ordinal);
            Assert.Contains("--key <KEY>", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NoCommand_PrintsHelpAndExitsNonZero()
    {
        var (exit, output, errors) = await CliRun.StartAsync();

        Assert.Equal(2, exit);
        Assert.Contains("USAGE", output, StringComparison.Ordinal);
        Assert.Contains("a command is required", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Unknown command 'acks'", "alerts", "acks")]
    [InlineData("Unknown command 'stats'", "stats")]
    [InlineData("Unknown option 'sevrity'", "alerts", "list", "--sevrity", "high")]
    [InlineData("Unknown option 'bogus'", "tail", "--bogus")]
    public async Task Unknown_CommandOrOption_ExitsTwoNamingIt(string message, params string[] args)
    {
        var (exit, _, errors) = await CliRun.StartAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, errors, StringComparison.Ordinal);
    }
}
