using System.Text.Json;
using Monitoring.Cli.Tests.Fixtures;

namespace Monitoring.Cli.Tests.Commands;

[Collection(CliCollection.Name)]
public sealed class AlertCommandsTests(CliHost host)
{
    [Fact]
    public async Task AlertsList_RealAlert_IsARowOfTheTable()
    {
        var guard = new Guard(host);
        var alertId = await guard.InactiveAsync();

        var (exit, output, errors) = await CliRun.StartAsync(
            host.With(CliHost.ViewerKey, "alerts", "list", "--site", guard.SiteId, "--status", "active", "--severity", "critical"));

        Assert.True(exit == 0, errors);
        var row = Assert.Single(output.Split('\n'), l => l.Contains(alertId, StringComparison.Ordinal));
        Assert.Contains("inactivity", row, StringComparison.Ordinal);
        Assert.Contains(guard.GuardId, row, StringComparison.Ordinal);
        Assert.Contains("1 alert(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlertsList_Json_IsTheApiPage()
    {
        var guard = new Guard(host);
        var alertId = await guard.InactiveAsync();

        var (exit, output, _) = await CliRun.StartAsync(host.With(CliHost.ViewerKey, "alerts", "list", "--guard", guard.GuardId, "--json"));

        Assert.Equal(0, exit);
        using var page = JsonDocument.Parse(output);
        Assert.Equal(alertId, Assert.Single(page.RootElement.GetProperty("items").EnumerateArray()).GetProperty("alertId").GetString());
    }

    [Fact]
    public async Task AlertsAcknowledgeThenResolve_RealAlert_ChangesItOnTheHost()
    {
        var guard = new Guard(host);
        var alertId = await guard.InactiveAsync();

        var ack = await CliRun.StartAsync(host.With(CliHost.OperatorKey, "alerts", "acknowledge", alertId, "--by", "dana", "--notes", "calling"));
        var acknowledged = await guard.AlertAsync(alertId);
        var resolve = await CliRun.StartAsync(
            host.With(CliHost.OperatorKey, "alerts", "resolve", alertId, "--by", "dana", "--resolution", "false_positive", "--notes", "asleep in the car"));
        var resolved = await guard.AlertAsync(alertId);

        Assert.True(ack.Exit == 0, ack.Errors);
        Assert.Contains($"{alertId} inactivity critical", ack.Output, StringComparison.Ordinal);
        Assert.Equal(("acknowledged", "dana"), (acknowledged.GetProperty("status").GetString(), acknowledged.GetProperty("acknowledgedBy").GetString()));
        Assert.True(resolve.Exit == 0, resolve.Errors);
        Assert.Contains("resolved (false_positive), by dana", resolve.Output, StringComparison.Ordinal);
        Assert.Equal(("resolved", "false_positive", "dana"), (resolved.GetProperty("status").GetString(),
            resolved.GetProperty("resolution").GetString(), resolved.GetProperty("resolvedBy").GetString()));
    }

    [Fact]
    public async Task AlertsAcknowledge_OperatorFromEnvironment_IsTheActor()
    {
        var guard = new Guard(host);
        var alertId = await guard.InactiveAsync();
        var run = new CliRun(new Dictionary<string, string> { ["MONITORING_OPERATOR"] = "sam" });

        var exit = await run.RunAsync(host.With(CliHost.OperatorKey, "alerts", "ack", alertId));

        Assert.True(exit == 0, run.Errors);
        Assert.Equal("sam", (await guard.AlertAsync(alertId)).GetProperty("acknowledgedBy").GetString());
    }

    [Fact]
    public async Task IncidentsList_AfterAnAlert_ExitsZeroWithATable()
    {
        var guard = new Guard(host);
        await guard.InactiveAsync();

        var (exit, output, errors) = await CliRun.StartAsync(host.With(CliHost.ViewerKey, "incidents", "list", "--site", guard.SiteId));

        Assert.True(exit == 0, errors);
        Assert.Contains("incident(s)", output, StringComparison.Ordinal);
    }
}
