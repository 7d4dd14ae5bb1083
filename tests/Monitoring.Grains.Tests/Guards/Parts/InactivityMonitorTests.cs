using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Guards;

namespace Monitoring.Grains.Tests.Guards.Parts;

public sealed class InactivityMonitorTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Restore_SnapshotWithARaiseInProgressApart_MovesTheIdIntoTheOpenAlert()
    {
        var guard = new GuardSnapshot { RaisingAlertId = "alr_1" };

        InactivityMonitor.Restore(guard, InactivitySettings.Default);

        Assert.Equal("alr_1", guard.OpenAlertId);
        Assert.Null(guard.RaisingAlertId);
    }

    [Fact]
    public void Store_ThenRestore_KeepsTheWindowAndTheScores()
    {
        var guard = new GuardSnapshot();
        var monitor = InactivityMonitor.Restore(guard, InactivitySettings.Default);
        monitor.Record(new ActivitySample(At.AddMinutes(-3), EventType.Phone, null, null, null, null));
        monitor.Record(new ActivitySample(At.AddMinutes(-2), EventType.TaskCompleted, null, null, null, null));
        var outcome = GuardEvaluator.Evaluate(
            new EvaluationInput(At, At.AddHours(-1), null, monitor.Summarize(At, InactivitySettings.Default.Window), TimeZoneInfo.Utc,
                InactivitySettings.Default.Threshold, OpenAlertState.None, true, 0),
            InactivitySettings.Default);
        monitor.Remember(guard, At, outcome, monitor.Summarize(At, InactivitySettings.Default.Window), InactivitySettings.Default);

        monitor.Store(guard);
        var restored = InactivityMonitor.Restore(guard, InactivitySettings.Default);

        var window = restored.Summarize(At, InactivitySettings.Default.Window);
        Assert.Equal(1, window.PhoneEvents);
        Assert.Equal(1, window.TasksCompleted);
        var score = Assert.Single(restored.RecentScores);
        Assert.Equal((At, outcome.Score.Severity), (score.At, score.Severity));
        Assert.Equal((double)outcome.Score.Score, score.Score, 4);
        Assert.Equal(At, guard.LastEvaluation?.At);
        Assert.Equal(outcome.Armed, guard.Armed);
    }
}
