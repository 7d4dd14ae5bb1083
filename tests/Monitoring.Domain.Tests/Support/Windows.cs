using Monitoring.Domain.Activity;

namespace Monitoring.Domain.Tests.Support;

/// <summary>Thirty-minute window summaries with chosen signals present or absent.</summary>
internal static class Windows
{
    public static WindowSummary Ending(
        DateTimeOffset now, bool phoneAbsent, bool movementAbsent, bool tasksAbsent, bool checkpointsAbsent) =>
        new(
            now.AddMinutes(-30),
            now,
            PhoneEvents: phoneAbsent ? 0 : 3,
            LocationUpdates: 61,
            MovementM: movementAbsent ? 0.0 : 185.0,
            TasksCompleted: tasksAbsent ? 0 : 1,
            CheckpointsScanned: checkpointsAbsent ? 0 : 2);

    public static WindowSummary AllAbsent(DateTimeOffset now) => Ending(now, true, true, true, true);

    public static WindowSummary AllPresent(DateTimeOffset now) => Ending(now, false, false, false, false);
}
