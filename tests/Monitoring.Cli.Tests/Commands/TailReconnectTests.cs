using Monitoring.Cli.Tests.Fixtures;

namespace Monitoring.Cli.Tests.Commands;

/// <summary>The host goes away under a running tail and comes back on the same address: the tail follows it again.</summary>
public sealed class TailReconnectTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Tail_HostRestarts_ReconnectsAndPrintsWhatFollows()
    {
        var port = FreePorts.Next();
        var first = CliHost.OnPort(port);
        await first.InitializeAsync();
        var run = new CliRun();
        var tail = run.RunAsync(first.With(CliHost.ViewerKey, "tail", "--count", "1", "--seconds", "240"));
        await SaysAsync(run, tail, "tail: following");

        await first.DisposeAsync();
        await SaysAsync(run, tail, "tail: connection lost");
        var second = CliHost.OnPort(port);
        await second.InitializeAsync();
        try
        {
            await SaysAsync(run, tail, "tail: reconnected");
            var guard = new Guard(second);
            await guard.PutSiteAsync();
            await guard.StartShiftAsync(await second.NowAsync());
            var exit = await tail.WaitAsync(TimeSpan.FromSeconds(270));

            Assert.True(exit == 0, run.Errors);
            Assert.Contains(guard.SiteId, run.Output, StringComparison.Ordinal);
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    private static async Task SaysAsync(CliRun run, Task<int> tail, string text)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!run.Errors.Contains(text, StringComparison.Ordinal) && !tail.IsCompleted)
        {
            await Task.Delay(50, timeout.Token);
        }

        Assert.False(tail.IsCompleted, $"tail ended before '{text}': {run.Errors}");
    }
}
