using Monitoring.Domain.Activity;
using Monitoring.Domain.Geo;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Tests.Support;
using Xunit.Abstractions;

namespace Monitoring.Domain.Tests.Activity;

/// <summary>Movement as the evaluation sees it: fixes filed in minute buckets, then summarised over 30 minutes.</summary>
public sealed class WindowMovementTests(ITestOutputHelper output)
{
    private const int Seeds = 200;
    private static readonly DateTimeOffset Start = SiteTimes.ParisLocal(2, 0);
    private static readonly DateTimeOffset End = Start.AddMinutes(30);

    [Fact]
    public void Summarize_PhoneStillFor30MinutesWithJitter_MovementIsExactlyZeroForEverySeed()
    {
        var moved = new List<(int Seed, double Metres)>();
        for (var seed = 0; seed < Seeds; seed++)
        {
            var summary = Summarize(PhoneTrack.Record(seed, Start, PhoneTrack.Still));
            Assert.Equal(61, summary.LocationUpdates);
            if (summary.MovementM != 0.0)
            {
                moved.Add((seed, summary.MovementM));
            }
        }

        Assert.Empty(moved);
    }

    [Fact]
    public void Summarize_StraightWalk200MetresWithJitter_MovementIsWithinBandForEverySeed()
    {
        var measured = SummarizeAll(PhoneTrack.StraightWalk200M);

        output.WriteLine($"200 m straight walk over {Seeds} seeds: {measured.Min():F1} .. {measured.Max():F1} m");
        Assert.All(measured, m => Assert.InRange(m, 150.0, 260.0));
    }

    [Fact]
    public void Summarize_PatrolLap200MetresWithJitter_MovementIsPresentForEverySeed()
    {
        var measured = SummarizeAll(PhoneTrack.PatrolLap200M);

        output.WriteLine($"200 m patrol lap over {Seeds} seeds: {measured.Min():F1} .. {measured.Max():F1} m");
        Assert.All(measured, m => Assert.True(m >= InactivitySettings.Default.MinMovementM, $"{m:F1} m for a 200 m lap"));
    }

    private static WindowSummary Summarize(IEnumerable<(DateTimeOffset Ts, GeoFix Fix)> track)
    {
        var window = new ActivityWindow();
        foreach (var (ts, fix) in track)
        {
            Assert.True(window.Record(ts, ActivityKind.None, fix));
        }

        return window.Summarize(Start, End);
    }

    private static List<double> SummarizeAll(Func<double, (double Lat, double Lon)> truthAt) =>
        [.. Enumerable.Range(0, Seeds).Select(seed => Summarize(PhoneTrack.Record(seed, Start, truthAt)).MovementM)];
}
