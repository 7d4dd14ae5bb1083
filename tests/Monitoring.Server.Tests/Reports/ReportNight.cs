using System.Net;
using System.Text.Json.Nodes;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Reports;

/// <summary>
/// The night the report tests compute by hand (2026-12-10, UTC times; Paris is UTC+1). Guards send a
/// heartbeat every 5 minutes (so no phone goes offline) and nothing else, so each is inactive:
/// <list type="bullet">
/// <item>g1 at Paris from 00:30: A, critical inactivity at 01:00 (02:00 local), acknowledged 01:03, false positive 01:15; shift ends.</item>
/// <item>g2 at Paris from 01:40 with 15 % battery: B, medium battery_low at 01:40, due 01:55, acknowledged 02:00 (escalated), confirmed 02:09; shift ends.</item>
/// <item>g3 at UTC site from 02:30: C, critical inactivity at 03:00, resolved as false positive 03:04 without acknowledgement; shift ends.</item>
/// <item>g4 at UTC site from 05:10 with 15 % battery: D, battery_low at 05:10 (due 05:25), and E, inactivity at 05:40 (due 05:45); both left open.</item>
/// <item>g5 at UTC site from 05:50 with 15 % battery: F, battery_low at 05:50, due 06:05: open and not yet due.</item>
/// </list>
/// The clock ends at 06:00; the reports cover [00:00, 06:00). Incidents: A, B, C and D each one;
/// E and F (same site, 10 minutes apart) one together.
/// </summary>
public sealed class ReportNight
{
    public static readonly DateTimeOffset Day = new(2026, 12, 10, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset End = Day.AddHours(6);
    private const string By = "op-report";

    private readonly Dictionary<string, string> _alerts = new(StringComparer.Ordinal);

    private ReportNight(string paris, string utc, Phone[] guards) => (Paris, Utc, Guards) = (paris, utc, guards);

    public string Paris { get; }

    public string Utc { get; }

    /// <summary>g1..g5 as Guards[0..4].</summary>
    public Phone[] Guards { get; }

    /// <summary>The alert ids by letter (A..F).</summary>
    public string Alert(string letter) => _alerts[letter];

    /// <summary>The period query of the night, with more parameters appended.</summary>
    public static string Query(string more = "") => $"from={Iso.Of(Day)}&to={Iso.Of(End)}{more}";

    public static async Task<ReportNight> PlayAsync(HostFixture host)
    {
        var paris = await host.PutSiteAsync("Europe/Paris");
        var utc = await host.PutSiteAsync("UTC");
        Phone[] g = [new(host) { SiteId = paris }, new(host) { SiteId = paris }, new(host) { SiteId = utc }, new(host) { SiteId = utc }, new(host) { SiteId = utc }];
        var night = new ReportNight(paris, utc, g);
        (Phone Phone, int From, int To)[] shifts = [(g[0], 30, 75), (g[1], 100, 129), (g[2], 150, 184), (g[3], 310, 999), (g[4], 350, 999)];
        var steps = new SortedDictionary<int, List<Func<Task>>>();
        void At(int minute, Func<Task> step)
        {
            if (!steps.TryGetValue(minute, out var list))
            {
                steps[minute] = list = [];
            }

            list.Add(step);
        }

        At(30, () => g[0].StartShiftAsync(T(30)));
        At(60, () => night.TakeAsync("A", g[0], "inactivity"));
        At(63, () => night.ActAsync(host, "A", "acknowledge", new { by = By }));
        At(75, () => night.ActAsync(host, "A", "resolve", new { by = By, resolution = "false_positive" }));
        At(100, () => g[1].SendAsync(g[1].ShiftStart(T(100)), Battery(g[1], T(100))));
        At(100, () => night.TakeAsync("B", g[1], "battery_low"));
        At(120, () => night.ActAsync(host, "B", "acknowledge", new { by = By }));
        At(129, () => night.ActAsync(host, "B", "resolve", new { by = By, resolution = "confirmed" }));
        At(150, () => g[2].StartShiftAsync(T(150)));
        At(180, () => night.TakeAsync("C", g[2], "inactivity"));
        At(184, () => night.ActAsync(host, "C", "resolve", new { by = By, resolution = "false_positive" }));
        At(310, () => g[3].SendAsync(g[3].ShiftStart(T(310)), Battery(g[3], T(310))));
        At(310, () => night.TakeAsync("D", g[3], "battery_low"));
        At(340, () => night.TakeAsync("E", g[3], "inactivity"));
        At(350, () => g[4].SendAsync(g[4].ShiftStart(T(350)), Battery(g[4], T(350))));
        At(350, () => night.TakeAsync("F", g[4], "battery_low"));
        foreach (var (phone, from, to) in shifts)
        {
            At(to, () => to < 999 ? phone.SendAsync(phone.Event("shift_end", T(to))) : Task.CompletedTask);
            for (var m = from + 5; m < Math.Min(to, 361); m += 5)
            {
                var minute = m;
                At(minute, () => phone.SendAsync(phone.Event("heartbeat", T(minute))));
            }
        }

        foreach (var (minute, actions) in steps.Where(s => s.Key <= 360))
        {
            await host.SetClockAsync(T(minute));
            foreach (var action in actions)
            {
                await action();
            }
        }

        await night.SettledAsync(host);
        return night;
    }

    private static DateTimeOffset T(int minute) => Day.AddMinutes(minute);

    private static JsonObject Battery(Phone phone, DateTimeOffset ts)
    {
        var e = phone.Event("heartbeat", ts);
        e["battery"] = 15.0;
        e["charging"] = false;
        return e;
    }

    private async Task TakeAsync(string letter, Phone phone, string type)
    {
        var alerts = (await phone.AlertsAsync()).Where(a => a.Str("type") == type).ToList();
        _alerts[letter] = Assert.Single(alerts).Str("alertId");
    }

    private async Task ActAsync(HostFixture host, string letter, string action, object body) =>
        await (await host.ActAsync(_alerts[letter], action, body)).JsonAsync(HttpStatusCode.OK);

    /// <summary>Waits until the incidents have folded (they arrive on the sites' streams): 2 at Paris, 3 at the UTC site holding 4 alerts.</summary>
    private async Task SettledAsync(HostFixture host)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var paris = (await host.Viewer().GetJsonAsync($"api/v1/incidents?siteId={Paris}")).Items();
            var utc = (await host.Viewer().GetJsonAsync($"api/v1/incidents?siteId={Utc}")).Items();
            if (paris.Length == 2 && utc.Length == 3 && utc.Sum(i => i.GetProperty("alertIds").GetArrayLength()) == 4)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Incidents did not settle: Paris {paris.Length}, UTC {string.Join(" ", utc.Select(i => i.ToString()))}");
            await Task.Delay(100);
        }
    }
}
