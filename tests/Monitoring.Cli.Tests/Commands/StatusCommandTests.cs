using System.Text.Json;
using Monitoring.Cli.Tests.Fixtures;

namespace Monitoring.Cli.Tests.Commands;

[Collection(CliCollection.Name)]
public sealed class StatusCommandTests(CliHost host)
{
    [Fact]
    public async Task Status_SiteWithGuardOnShift_PrintsHealthAndCountsPerSite()
    {
        var guard = new Guard(host);
        await guard.PutSiteAsync();
        await guard.StartShiftAsync(await host.NowAsync());

        var (exit, output, errors) = await CliRun.StartAsync(host.With(CliHost.ViewerKey, "status"));

        Assert.True(exit == 0, errors);
        Assert.Contains($"host {host.BaseAddress}: ok", output, StringComparison.Ordinal);
        var row = output.Split('\n').Single(l => l.Contains(guard.SiteId, StringComparison.Ordinal));
        Assert.Equal(["1", "0", "0", "0", "0", "0"], Cells(row)[2..]);
        Assert.Contains("all sites", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_Json_HoldsHealthAndSites()
    {
        var guard = new Guard(host);
        await guard.PutSiteAsync();

        var (exit, output, _) = await CliRun.StartAsync(host.With(CliHost.ViewerKey, "status", "--json"));

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("ok", json.RootElement.GetProperty("health").GetProperty("status").GetString());
        Assert.Contains(json.RootElement.GetProperty("sites").EnumerateArray(), s => s.GetProperty("siteId").GetString() == guard.SiteId);
    }

    [Fact]
    public async Task Status_KeyAndUrlFromEnvironment_Works()
    {
        var run = new CliRun(new Dictionary<string, string> { ["MONITORING_URL"] = host.Url, ["MONITORING_API_KEY"] = CliHost.ViewerKey });

        var exit = await run.RunAsync(["status"]);

        Assert.True(exit == 0, run.Errors);
        Assert.Contains("all sites", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_UnknownKey_Prints401AndExitsNonZero()
    {
        var (exit, _, errors) = await CliRun.StartAsync(host.With("no-such-key", "status"));

        Assert.Equal(1, exit);
        Assert.Contains("status: HTTP 401", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NoKeyAnywhere_ExitsTwoSayingSo()
    {
        var (exit, _, errors) = await CliRun.StartAsync("status", "--url", host.Url);

        Assert.Equal(2, exit);
        Assert.Contains("pass --key or set MONITORING_API_KEY", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NothingListening_ExitsOneSayingSo()
    {
        var (exit, _, errors) = await CliRun.StartAsync("status", "--url", $"http://127.0.0.1:{FreePorts.Next()}", "--key", "k");

        Assert.Equal(1, exit);
        Assert.Contains("cannot reach the host", errors, StringComparison.Ordinal);
    }

    private static string[] Cells(string row) =>
        [.. row.Split('│', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
