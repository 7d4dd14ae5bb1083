using Monitoring.Cli.Tests.Fixtures;

namespace Monitoring.Cli.Tests.Commands;

/// <summary>A refusal of the host reaches the operator with its status and the bad fields by name, and a non-zero exit.</summary>
[Collection(CliCollection.Name)]
public sealed class ProblemOutputTests(CliHost host)
{
    [Fact]
    public async Task AlertsAcknowledge_NoActor_Prints400NamingByAndChangesNothing()
    {
        var guard = new Guard(host);
        var alertId = await guard.InactiveAsync();

        var (exit, _, errors) = await CliRun.StartAsync(host.With(CliHost.OperatorKey, "alerts", "acknowledge", alertId));

        Assert.Equal(1, exit);
        Assert.Contains("acknowledge: HTTP 400", errors, StringComparison.Ordinal);
        Assert.Contains("acknowledge:   by: ", errors, StringComparison.Ordinal);
        Assert.Equal("active", (await guard.AlertAsync(alertId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AlertsList_BadSeverity_Prints400NamingSeverity()
    {
        var (exit, _, errors) = await CliRun.StartAsync(host.With(CliHost.ViewerKey, "alerts", "list", "--severity", "urgent"));

        Assert.Equal(1, exit);
        Assert.Contains("list: HTTP 400", errors, StringComparison.Ordinal);
        Assert.Contains("list:   severity: ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlertsResolve_NoResolution_Prints400NamingResolution()
    {
        var guard = new Guard(host);
        var alertId = await guard.InactiveAsync();

        var (exit, _, errors) = await CliRun.StartAsync(host.With(CliHost.OperatorKey, "alerts", "resolve", alertId, "--by", "dana"));

        Assert.Equal(1, exit);
        Assert.Contains("resolve:   resolution: ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlertsAcknowledge_ResolvedAlert_Prints409WithCurrentStatus()
    {
        var guard = new Guard(host);
        var alertId = await guard.InactiveAsync();
        await CliRun.StartAsync(host.With(CliHost.OperatorKey, "alerts", "resolve", alertId, "--by", "dana", "--resolution", "confirmed"));

        var (exit, _, errors) = await CliRun.StartAsync(host.With(CliHost.OperatorKey, "alerts", "acknowledge", alertId, "--by", "dana"));

        Assert.Equal(1, exit);
        Assert.Contains("acknowledge: HTTP 409", errors, StringComparison.Ordinal);
        Assert.Contains("currentStatus: resolved", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlertsAcknowledge_UnknownAlert_Prints404()
    {
        var (exit, _, errors) = await CliRun.StartAsync(host.With(CliHost.OperatorKey, "alerts", "acknowledge", "al_nope", "--by", "dana"));

        Assert.Equal(1, exit);
        Assert.Contains("acknowledge: HTTP 404", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlertsAcknowledge_ViewerKey_Prints403()
    {
        var (exit, _, errors) = await CliRun.StartAsync(host.With(CliHost.ViewerKey, "alerts", "acknowledge", "al_nope", "--by", "dana"));

        Assert.Equal(1, exit);
        Assert.Contains("acknowledge: HTTP 403", errors, StringComparison.Ordinal);
    }
}
