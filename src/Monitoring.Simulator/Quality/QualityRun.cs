using Monitoring.Fleet.Http;
using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Quality;

/// <summary>
/// The measurement behind the <c>quality</c> verb: checks the host is on the manual clock, builds
/// the night from the host's present (rounded up to the minute, so no event is in its past), puts
/// the sites, replays the night, reads every alert back and scores them against the ground truth.
/// </summary>
internal static class QualityRun
{
    public static async Task<QualityResult> ExecuteAsync(QualitySettings s, TextWriter progress, CancellationToken cancellationToken)
    {
        using var http = HostApi.CreateClient(s.Url, s.Key);
        var api = new HostApi(http);
        var clock = await api.GetClockAsync(cancellationToken);
        if (!clock.IsManual)
        {
            throw new InvalidOperationException(
                $"the host at {s.Url} runs on the {clock.Mode ?? "system"} clock; start it with Monitoring__Clock=manual to replay a night.");
        }

        var night = new VirtualNight(s.Night(NextMinute(clock.Now)));
        progress.WriteLine(FormattableString.Invariant(
            $"quality: {s.Guards} guards at {s.Sites} sites, {s.Hours} h from {night.Settings.Start:u}, {night.Faults.Count} scripted behaviours, step {s.Step} s"));
        foreach (var site in night.Sites)
        {
            await api.PutSiteAsync(site, cancellationToken);
        }

        var replay = new NightReplay(api, new TelemetrySender(api), TimeSpan.FromSeconds(s.Step), progress, s.Rate);
        var figures = await replay.RunAsync(night, cancellationToken);
        var alerts = await AlertReader.ReadAllAsync(api, night.Settings.Start, cancellationToken);
        var report = QualityScorer.Score(night.Faults, alerts, night.FaultFreeGuardTime);
        return new QualityResult(night, figures, report);
    }

    private static DateTimeOffset NextMinute(DateTimeOffset now)
    {
        var ticks = now.UtcTicks;
        var rest = ticks % TimeSpan.TicksPerMinute;
        return new DateTimeOffset(rest == 0 ? ticks : ticks - rest + TimeSpan.TicksPerMinute, TimeSpan.Zero);
    }
}
