using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Fleet.Http;
using Monitoring.Simulator.Cli;

namespace Monitoring.Simulator.Notify;

/// <summary>
/// The <c>notify</c> verb: measures the notification path end to end against a running host on
/// the system clock. It starts a signed-webhook receiver, gives the host contacts and a route to it,
/// raises real alerts through telemetry (a guard's events from two phones: <c>concurrent_device</c>),
/// and waits until every (alert, contact) pair reached the receiver, then reports messages per
/// contact, raise-to-receipt latency and anything lost or delivered twice.
/// </summary>
internal static class NotifyCommand
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(NotifySettings settings, Status status, CancellationToken cancellationToken)
    {
        var run = "nb" + DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        var secret = Convert.ToHexString(Guid.NewGuid().ToByteArray()) + "-bench";
        await using var receiver = new HookReceiver(secret, settings.FailRate, settings.Seed);
        using var http = HostApi.CreateClient(settings.Url, settings.Key, connections: 8);
        var sites = settings.Storm ? [$"{run}-s0"] : Enumerable.Range(0, settings.Alerts).Select(i => $"{run}-s{i}").ToArray();
        var contacts = Enumerable.Range(0, settings.Contacts).Select(i => $"{run}-c{i}").ToArray();

        status.Phase("creating sites, contacts and routes");
        await NotifySetup.CreateAsync(http, settings, run, sites, contacts, receiver, secret, cancellationToken);
        Console.WriteLine($"notify {settings.Mode}: {settings.Alerts} alerts at {sites.Length} site(s), {contacts.Length} contacts, " +
            $"group wait {settings.GroupWaitS} s, receiver on :{receiver.Port} failing {settings.FailRate:P0}");

        status.Phase($"raising {settings.Alerts} alerts", TimeSpan.FromSeconds(settings.SpreadS));
        var started = DateTimeOffset.UtcNow;
        await RaiseAsync(http, settings, run, sites, cancellationToken);
        var raisedIn = DateTimeOffset.UtcNow - started;

        var alerts = await NotifyAlerts.WaitForAsync(http, sites, settings.Alerts, cancellationToken);
        status.Phase("waiting for every delivery", TimeSpan.FromSeconds(settings.DrainS));
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(settings.DrainS) && !AllDelivered(receiver, alerts, contacts))
        {
            await Task.Delay(500, cancellationToken);
        }

        // A little longer: anything delivered twice would show up now.
        await Task.Delay(TimeSpan.FromSeconds(settings.Storm ? 10 : 3), cancellationToken);
        var figures = NotifyFigures.From(settings, alerts, contacts, receiver.Receipts, raisedIn);
        var text = figures.Render();
        Console.WriteLine(text);
        if (settings.Out is { } path)
        {
            await File.AppendAllTextAsync(path, text + Environment.NewLine, cancellationToken);
        }

        return figures.Lost == 0 && figures.Twice == 0 ? 0 : 1;
    }

    private static bool AllDelivered(HookReceiver receiver, IReadOnlyDictionary<string, DateTimeOffset> alerts, string[] contacts)
    {
        var seen = receiver.Receipts.Where(r => r.Accepted && r.Tier == 0)
            .SelectMany(r => r.AlertIds.Select(a => (r.ContactId, a)))
            .ToHashSet();
        return alerts.Keys.All(a => contacts.All(c => seen.Contains((c, a))));
    }

    // Each alert is a guard whose shift phone and then a second phone report within a second. The
    // second phone's events follow in a batch of their own: in one batch the two devices' calls run
    // concurrently, and a second phone heard before the shift has started raises nothing.
    private static async Task RaiseAsync(HttpClient http, NotifySettings settings, string run, string[] sites, CancellationToken cancellationToken)
    {
        var perSecond = Math.Max(1, (int)Math.Ceiling(settings.Alerts / (double)settings.SpreadS));
        var pace = Stopwatch.StartNew();
        for (var first = 0; first < settings.Alerts; first += perSecond)
        {
            var (shifts, seconds) = (new List<object>(), new List<object>());
            var now = DateTimeOffset.UtcNow;
            for (var i = first; i < Math.Min(settings.Alerts, first + perSecond); i++)
            {
                var guard = $"{run}-g{i}";
                shifts.Add(new { deviceId = $"{run}-a{i}", seq = 1, ts = now, type = "shift_start", guardId = guard, siteId = sites[settings.Storm ? 0 : i] });
                seconds.Add(new { deviceId = $"{run}-b{i}", seq = 1, ts = now, type = "heartbeat", guardId = guard, battery = 80 });
            }

            await PostAsync(http, shifts, cancellationToken);
            await PostAsync(http, seconds, cancellationToken);
            var due = TimeSpan.FromSeconds((first / perSecond) + 1);
            if (due > pace.Elapsed)
            {
                await Task.Delay(due - pace.Elapsed, cancellationToken);
            }
        }
    }

    private static async Task PostAsync(HttpClient http, List<object> events, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("api/v1/telemetry", new { events }, Web, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
