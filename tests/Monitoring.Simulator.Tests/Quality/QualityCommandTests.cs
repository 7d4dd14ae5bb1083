using Monitoring.Fleet.Night;
using Monitoring.Simulator.Quality;
using Monitoring.Simulator.Tests.Fixtures;

namespace Monitoring.Simulator.Tests.Quality;

public sealed class QualityCommandTests
{
    [Fact]
    public async Task Quality_with_a_target_rate_posts_no_faster_than_it()
    {
        await using var host = await InProcessHost.StartAsync(manualClock: true);
        var output = Path.Combine(Path.GetTempPath(), $"quality-{Guid.NewGuid():N}.md");
        var settings = new QualitySettings(host.BaseAddress, host.Key, 4, 1, 1, 5, 60, output, 0.0, Rate: 250);
        try
        {
            var result = await QualityRun.ExecuteAsync(settings, TextWriter.Null, CancellationToken.None);

            var floor = TimeSpan.FromSeconds((result.Replay.Sent.Events - 250) / 250.0);
            Assert.True(result.Replay.Sent.Events > 500, $"{result.Replay.Sent.Events} events");
            Assert.True(result.Replay.Wall >= floor, $"{result.Replay.Sent.Events} events in {result.Replay.Wall}");
            Assert.Contains("--rate 250", settings.Command(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Quality_replays_a_short_night_into_a_manual_clock_host_and_scores_it()
    {
        await using var host = await InProcessHost.StartAsync(manualClock: true);
        var output = Path.Combine(Path.GetTempPath(), $"quality-{Guid.NewGuid():N}.md");
        var settings = new QualitySettings(host.BaseAddress, host.Key, Guards: 30, Hours: 2.5, Sites: 3, Seed: 3, Step: 60, output, Share: 1.0 / 15);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            var result = await QualityRun.ExecuteAsync(settings, TextWriter.Null, timeout.Token);
            var printed = new StringWriter();
            var exit = QualityCommand.Publish(settings, result, printed, TextWriter.Null);

            Assert.Equal(0, exit);
            Assert.Equal(result.Night.Events().LongCount(), result.Replay.Sent.Events);
            Assert.Equal(result.Replay.Sent.Events, result.Replay.Sent.Accepted);
            Assert.Equal(Enum.GetNames<FaultKind>(), result.Report.ByKind.Select(r => r.Label));
            Assert.All(result.Report.ByKind, row => Assert.Equal(2, row.Faults));
            Assert.True(result.Report.Alerts > 0);
            Assert.Equal(2, Kind(result, FaultKind.SwitchedOff).Detected);
            Assert.True(Kind(result, FaultKind.Asleep).Detected >= 1);
            Assert.Contains("device_offline", printed.ToString(), StringComparison.Ordinal);

            var markdown = await File.ReadAllTextAsync(output);
            Assert.Contains("| *SwitchedOff* | 2 | 2 | 100.0% |", markdown, StringComparison.Ordinal);
            Assert.Contains(settings.Command(), markdown, StringComparison.Ordinal);
            Assert.Contains("False alarms:", markdown, StringComparison.Ordinal);
            Assert.Contains("## How to read it", markdown, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Quality_refuses_a_host_on_the_system_clock()
    {
        await using var host = await InProcessHost.StartAsync(manualClock: false);
        var settings = new QualitySettings(host.BaseAddress, host.Key, 2, 1, 1, 1, 60, "unused.md", null);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => QualityRun.ExecuteAsync(settings, TextWriter.Null, CancellationToken.None));

        Assert.Contains("Monitoring__Clock=manual", error.Message, StringComparison.Ordinal);
    }

    private static QualityRow Kind(QualityResult result, FaultKind kind) => result.Report.ByKind.Single(r => r.Label == kind.ToString());
}
