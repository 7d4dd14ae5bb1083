using Monitoring.Domain.Activity;
using Monitoring.Domain.Baselines;
using Monitoring.Domain.Tests.Support;

namespace Monitoring.Domain.Tests.Baselines;

/// <summary>
/// A guard's Monday 09:00-10:00 in Paris, week after week from 2026-01-05, evaluated every 5 minutes
/// (12 windows an hour), with a stable pattern: each count its usual value plus uniform noise.
/// </summary>
internal static class Weeks
{
    public const int WindowsPerHour = 12;
    public const int Monday0900 = 9;

    public static readonly SignalValues Usual = new(10, 60, 250, 2, 4);

    /// <summary>The UTC instant at which Paris reads <paramref name="local"/>, whatever the season.</summary>
    public static DateTimeOffset Paris(DateTime local) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), SiteTimes.Paris));

    /// <summary>Evaluation <paramref name="k"/> (0 to 11) of Monday 09:00 in week <paramref name="week"/>.</summary>
    public static DateTimeOffset Monday0900At(int week, int k) =>
        Paris(new DateTime(2026, 1, 5, 9, 0, 0).AddDays(7 * week).AddMinutes(5 * k));

    /// <summary>Phone 10 +/- 2, fixes 60 +/- 1, movement 250 +/- 50 m, tasks 2 +/- 1, checkpoints 4 +/- 1.</summary>
    public static SignalValues Noisy(Random rng) => new(
        10 + rng.Next(-2, 3),
        60 + rng.Next(-1, 2),
        250 + ((rng.NextDouble() * 100) - 50),
        2 + rng.Next(-1, 2),
        4 + rng.Next(-1, 2));

    public static GuardBaseline Learned(int weeks, int seed)
    {
        var rng = new Random(seed);
        var baseline = new GuardBaseline();
        for (var i = 0; i < weeks * WindowsPerHour; i++)
        {
            baseline.Record(Monday0900, Noisy(rng));
        }

        return baseline;
    }

    public static GuardBaseline Constant(SignalValues values, int samples)
    {
        var baseline = new GuardBaseline();
        for (var i = 0; i < samples; i++)
        {
            baseline.Record(Monday0900, values);
        }

        return baseline;
    }

    /// <summary>A detector that has evaluated and learned <paramref name="windows"/> normal Monday 09:00 windows.</summary>
    public static BaselineDetector Trained(int windows, int seed)
    {
        var detector = new BaselineDetector(BaselineSettings.Default);
        var rng = new Random(seed);
        for (var i = 0; i < windows; i++)
        {
            var now = Monday0900At(i / WindowsPerHour, i % WindowsPerHour);
            var check = detector.Evaluate(Window(now, Noisy(rng)), SiteTimes.Paris, learnable: true);
            Assert.False(check.IsAnomaly);
        }

        return detector;
    }

    /// <summary>The 30-minute window ending at <paramref name="end"/> with these counts (movement rounded like the window does).</summary>
    public static WindowSummary Window(DateTimeOffset end, SignalValues v) => new(
        end.AddMinutes(-30), end, (int)v.PhoneEvents, (int)v.LocationUpdates, Math.Round(v.MovementM, 1),
        (int)v.TasksCompleted, (int)v.CheckpointsScanned);
}
