using Monitoring.Simulator.Capacity;
using Monitoring.Simulator.Cli;
using Monitoring.Simulator.Tests.Fixtures;

namespace Monitoring.Simulator.Tests.Capacity;

/// <summary>The capacity sweep end to end against an in-process host, small and short.</summary>
public sealed class CapacityCommandTests
{
    // The test is about the verb's table, knee line and plot, not about what this machine sustains:
    // on a machine saturated by other work even 400 events/s can fall short, so the knee line is
    // checked for its form (which rate it names is Knee_IsTheLastRateAcceptedInFullWithinTheLimit's
    // subject).
    [Fact]
    public async Task Sweep_TwoLowRates_TableKneeAndPlotWritten()
    {
        await using var host = await InProcessHost.StartAsync(manualClock: false);
        var output = Directory.CreateTempSubdirectory("capacity-");
        var settings = new CapacitySettings(
            [host.BaseAddress], host.Key, [Environment.ProcessId], Devices: 200, Batch: 10, Concurrency: 4,
            FromRate: 200, Step: 200, ToRate: 400, Seconds: 4, Warmup: 1, Settle: 1, P99LimitMs: 10_000, Label: "test host", Out: output.FullName);

        var exit = await CapacityCommand.RunAsync(settings, "capacity (test)", Status.None, CancellationToken.None);

        Assert.Equal(0, exit);
        var markdown = await File.ReadAllTextAsync(Path.Combine(output.FullName, "capacity-test-host.md"));
        Assert.Contains("| 200 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 400 |", markdown, StringComparison.Ordinal);
        Assert.Matches(@"Knee: (\*\*(200|400) events/s\*\*|no rate met)", markdown);
        var png = new FileInfo(Path.Combine(output.FullName, "capacity-test-host.png"));
        Assert.True(png.Length > 10_000, $"plot of {png.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png.FullName).Take(4));
    }

    [Fact]
    public void Knee_IsTheLastRateAcceptedInFullWithinTheLimit()
    {
        CapacityStep[] steps =
        [
            new(10_000, 10_000, 5, 12, 0, 0, null, 0, null, null),
            new(20_000, 19_900, 6, 18, 0, 0, null, 0, null, null),
            new(30_000, 29_500, 9, 35, 0, 0, null, 0, null, null),
            new(40_000, 31_000, 400, 900, 0, 120, null, 0, null, null),
        ];

        Assert.Equal(20_000, CapacityReport.Knee(steps, 20)?.Offered);
        Assert.Equal(30_000, CapacityReport.Knee(steps, 50)?.Offered);
        Assert.Equal(40_000, CapacityReport.Ceiling(steps)?.Offered);
    }

    [Fact]
    public void CpuPerThousandEvents_HalfACoreAtTenThousandPerSecond_IsFiftyMilliseconds()
    {
        var step = new CapacityStep(10_000, 10_000, 5, 12, 0, 0, HostCpuPercent: 50, DatabaseCpuPercent: 30, null, null);

        Assert.Equal(50, step.HostCpuMsPer1000!.Value, 6);
        Assert.Equal(30, step.DatabaseCpuMsPer1000, 6);
        Assert.Null((step with { HostCpuPercent = null }).HostCpuMsPer1000);
    }
}
