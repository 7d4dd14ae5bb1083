using Monitoring.Fleet.Demo;
using System.Globalization;
using Monitoring.Fleet.Night;
using Monitoring.Simulator.Cli;

namespace Monitoring.Simulator.Demo;

/// <summary>
/// The <c>demo</c> verb: a small fleet at real speed against a running host, so the dashboard comes
/// alive. Prints the scripted faults up front, then one line about every 10 seconds.
/// </summary>
internal static class DemoCommand
{
    private static readonly TimeSpan PrintEvery = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(DemoSettings s, Status status, CancellationToken stop)
    {
        var start = TimeProvider.System.GetUtcNow();
        var night = new VirtualNight(s.Night(new DateTimeOffset(start.UtcTicks - (start.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero)));
        var stops = s.RunFor is { } run ? Invariant($"stops after {run.TotalMinutes:0} min") : "Ctrl+C stops";
        Console.WriteLine(Invariant($"demo: {s.Guards} guards at {s.Sites} sites, shifts of {night.Settings.Length.TotalHours:0.#} h from {night.Settings.Start:HH:mm:ss} UTC; {stops}."));
        Console.WriteLine($"demo: open {s.Url.AbsoluteUri} and enter the key to watch the sites' guards and alerts.");
        foreach (var f in night.Faults.Where(f => !f.IsValidBehaviour).OrderBy(f => f.StartsAt))
        {
            Console.WriteLine(Invariant($"  {f.StartsAt:HH:mm:ss}  {f.Kind,-18} {f.GuardId,-6} at {f.SiteId,-8} expect {string.Join(" or ", f.Expected)}"));
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stop);
        if (s.RunFor is { } runFor)
        {
            limit.CancelAfter(runFor);
        }

        status.Phase(s.RunFor is { } ? "sending the night's events" : "sending the night's events (Ctrl+C stops)", s.RunFor);
        var printed = DateTimeOffset.MinValue;
        using var fleet = new DemoFleet(night, s.Url, s.Key, p =>
        {
            if (p.At - printed >= PrintEvery || p.Finished)
            {
                printed = p.At;
                Console.WriteLine(Line(p));
            }
        });
        var end = await fleet.RunAsync(limit.Token);
        Console.WriteLine(Line(end));
        return end.Sent.FailedBatches == 0 && end.Sent.Rejected == 0 ? 0 : 1;
    }

    private static string Line(DemoProgress p)
    {
        var sent = p.Sent;
        var begun = p.FaultsBegun.Count == 0 ? "" : ": " + string.Join(", ", p.FaultsBegun.Select(f => $"{f.Kind} {f.GuardId}"));
        return Invariant($"{p.At:HH:mm:ss}  events {sent.Events:N0} in {sent.Batches:N0} batches  shifts started {p.GuardsStarted}/{p.Guards}  ")
            + Invariant($"faults begun {p.FaultsBegun.Count}/{p.Faults}{begun}  retries {sent.Retries}  rejected {sent.Rejected}  lost {sent.FailedEvents}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
