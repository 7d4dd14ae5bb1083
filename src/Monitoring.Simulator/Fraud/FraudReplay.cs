using System.Globalization;
using Monitoring.Fleet.Fraud;
using Monitoring.Fleet.Http;
using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Fraud;

/// <summary>
/// Plays a fraud night into a manual-clock host: the sites first, then step by step it moves the
/// clock to the step's end and posts the events due by then, and a few minutes past the end.
/// </summary>
internal static class FraudReplay
{
    private static readonly TimeSpan Tail = TimeSpan.FromMinutes(5);

    public static async Task<SendTally> RunAsync(HostApi api, FraudNight night, TimeSpan step, TextWriter progress, CancellationToken cancellationToken)
    {
        foreach (var site in night.Sites)
        {
            await api.PutSiteAsync(site, cancellationToken);
        }

        var sender = new TelemetrySender(api);
        var start = night.Settings.Start;
        var end = start + night.Settings.Length + TimeSpan.FromMinutes(10) + Tail;
        var events = night.Events;
        var (next, reported) = (0, 0);
        var due = new List<NightEvent>();
        for (var t = start; t < end || next < events.Count; t += step)
        {
            var to = t + step;
            await api.SetClockAsync(to, cancellationToken);
            due.Clear();
            while (next < events.Count && events[next].DeliverAt <= to)
            {
                due.Add(events[next++]);
            }

            await sender.SendAsync(due, cancellationToken);
            var percent = (int)Math.Min(100, (to - start) / (end - start) * 100);
            if (percent / 10 > reported / 10)
            {
                reported = percent;
                progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"fraud: night {night.Settings.Seed} {percent,3}%  events {sender.Tally.Events:N0}  retries {sender.Tally.Retries}"));
            }
        }

        return sender.Tally;
    }
}
