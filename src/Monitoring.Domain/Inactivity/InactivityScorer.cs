using Monitoring.Domain.Activity;
using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Inactivity;

/// <summary>
/// Scores a window: the weights of the absent signals, times the deep-night multiplier, capped at 1.
/// Decimal arithmetic keeps the threshold edges exact (0.30 + 0.25 + 0.25 is exactly 0.80).
/// </summary>
public static class InactivityScorer
{
    public static InactivityScore Score(WindowSummary window, bool isDeepNight, decimal threshold, InactivitySettings settings)
    {
        var phoneAbsent = window.PhoneEvents == 0;
        var movementAbsent = window.MovementM < settings.MinMovementM;
        var tasksAbsent = window.TasksCompleted == 0;
        var checkpointsAbsent = window.CheckpointsScanned == 0;

        var score = (phoneAbsent ? settings.PhoneWeight : 0m)
            + (movementAbsent ? settings.MovementWeight : 0m)
            + (tasksAbsent ? settings.TaskWeight : 0m)
            + (checkpointsAbsent ? settings.CheckpointWeight : 0m);
        if (isDeepNight)
        {
            score *= settings.DeepNightMultiplier;
        }

        score = Math.Min(1m, score);
        return new InactivityScore(
            score, SeverityOf(score), score >= threshold, isDeepNight,
            phoneAbsent, movementAbsent, tasksAbsent, checkpointsAbsent);
    }

    public static Severity SeverityOf(decimal score) => score switch
    {
        >= 0.90m => Severity.Critical,
        >= 0.80m => Severity.High,
        >= 0.60m => Severity.Medium,
        _ => Severity.Low,
    };
}
