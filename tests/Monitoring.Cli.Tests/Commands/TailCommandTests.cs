using System.Text.Json;
using Monitoring.Cli.Tests.Fixtures;

namespace Monitoring.Cli.Tests.Commands;

[Collection(CliCollection.Name)]
public sealed class TailCommandTests(CliHost host)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Tail_SiteGetsAnEnvelope_PrintsOneLineAndStops()
    {
        var guard = new Guard(host);
        await guard.PutSiteAsync();
        var run = new CliRun();

        var tail = run.RunAsync(host.With(CliHost.ViewerKey, "tail", "--site", guard.SiteId, "--count", "1", "--seconds", "120"));
        await FollowingAsync(run, tail);
        await guard.StartShiftAsync(await host.NowAsync());
        var exit = await tail.WaitAsync(TimeSpan.FromSeconds(150));

        Assert.True(exit == 0, run.Errors);
        var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("guard_updated", line, StringComparison.Ordinal);
        Assert.Contains(guard.SiteId, line, StringComparison.Ordinal);
        Assert.Contains(guard.GuardId, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tail_GuardAsJson_PrintsTheEnvelope()
    {
        var guard = new Guard(host);
        await guard.PutSiteAsync();
        var run = new CliRun();

        var tail = run.RunAsync(host.With(CliHost.ViewerKey, "tail", "--guard", guard.GuardId, "--json", "--count", "1", "--seconds", "120"));
        await FollowingAsync(run, tail);
        await guard.StartShiftAsync(await host.NowAsync());
        var exit = await tail.WaitAsync(TimeSpan.FromSeconds(150));

        Assert.True(exit == 0, run.Errors);
        using var envelope = JsonDocument.Parse(run.Output);
        Assert.Equal(guard.GuardId, envelope.RootElement.GetProperty("guardId").GetString());
        Assert.Equal(CliHost.Tenant, envelope.RootElement.GetProperty("tenantId").GetString());
    }

    [Fact]
    public async Task Tail_BadSiteId_PrintsTheHubRefusalAndExitsOne()
    {
        var (exit, _, errors) = await CliRun.StartAsync(host.With(CliHost.ViewerKey, "tail", "--site", "no such site", "--seconds", "30"));

        Assert.Equal(1, exit);
        Assert.Contains("tail: the hub refused:", errors, StringComparison.Ordinal);
        Assert.Contains("siteId", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tail_UnknownKey_PrintsTheRefusalAndExitsOne()
    {
        var (exit, _, errors) = await CliRun.StartAsync(host.With("no-such-key", "tail", "--seconds", "30"));

        Assert.Equal(1, exit);
        Assert.Contains("tail: the hub refused the connection:", errors, StringComparison.Ordinal);
        Assert.Contains("401", errors, StringComparison.Ordinal);
    }

    /// <summary>Waits until the tail says it is subscribed (or has ended, which the caller then reports).</summary>
    private static async Task FollowingAsync(CliRun run, Task<int> tail)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!run.Errors.Contains("tail: following", StringComparison.Ordinal) && !tail.IsCompleted)
        {
            await Task.Delay(50, timeout.Token);
        }

        Assert.False(tail.IsCompleted, $"tail ended early: {run.Errors}");
    }
}
