using Monitoring.Fleet.Http;
using System.Globalization;
using System.Text;
using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Quality;

/// <summary>
/// The Markdown report of a quality run: what was run and how to run it again, the score table with
/// its false-alarm line, the replay's own figures and a short guide to reading the table.
/// </summary>
internal static class QualityDocument
{
    public static string Write(QualitySettings s, QualityResult r, DateTimeOffset writtenAt)
    {
        var night = r.Night.Settings;
        var zones = r.Night.Sites.Select(site => site.TimeZone).Distinct(StringComparer.Ordinal).Count();
        var faults = r.Night.Faults.Count(f => !f.IsValidBehaviour);
        var text = new StringBuilder();
        Line(text, $"# Detection quality: a replayed night");
        Line(text);
        Line(text, $"Measured by `Monitoring.Simulator quality` on {writtenAt:yyyy-MM-dd HH:mm} UTC against {s.Url.AbsoluteUri.TrimEnd('/')}.");
        Line(text);
        Line(text, $"- **Night**: {night.Guards:N0} guards at {night.Sites} sites in {zones} time zones, {night.Length.TotalHours:0.##} h of shifts from {night.Start:yyyy-MM-dd HH:mm} UTC (the host's manual clock), seed {night.Seed}.");
        Line(text, $"- **Scripted behaviours**: {r.Night.Faults.Count} ({faults} faults, {r.Night.Faults.Count - faults} valid), at most one per guard: {Shares(r.Night)}.");
        Line(text, $"- **Replay**: the clock moves in steps of {s.Step} s of sim time; each step's events are posted once the clock stands at the step's end; the clock then runs {NightReplay.Tail.TotalMinutes:0} min past the night so late detections and clears happen.");
        Line(text, $"- **Reproduce**: start a fresh host with `Monitoring__Clock=manual dotnet run --project src/Monitoring.Server -c Release` (its development key, admin and system, in `$KEY`), then run");
        Line(text);
        Line(text, $"  ```bash");
        Line(text, $"  {s.Command()}");
        Line(text, $"  ```");
        Line(text);
        Line(text, $"## Results");
        Line(text);
        text.Append(QualityTable.Markdown(r.Report));
        Line(text);
        Line(text, $"## Replay");
        Line(text);
        var sent = r.Replay.Sent;
        var speed = r.Replay.Wall > TimeSpan.Zero ? (night.Length + NightReplay.Tail) / r.Replay.Wall : 0;
        Line(text, $"| metric | value |");
        Line(text, $"|---|--:|");
        Line(text, $"| events posted | {sent.Events:N0} |");
        Line(text, $"| batches (at most 5,000 events) | {sent.Batches:N0} |");
        Line(text, $"| accepted / duplicates / rejected | {sent.Accepted:N0} / {sent.Duplicates:N0} / {sent.Rejected:N0} |");
        Line(text, $"| retries (identical bodies) | {sent.Retries:N0} |");
        Line(text, $"| batches given up after {TelemetrySender.Attempts} attempts | {sent.FailedBatches:N0} ({sent.FailedEvents:N0} events) |");
        Line(text, $"| clock steps | {r.Replay.ClockSteps:N0} |");
        Line(text, $"| wall time | {r.Replay.Wall.TotalSeconds:F1} s ({speed:N0}x real time) |");
        Line(text);
        Line(text, $"## How to read it");
        Line(text);
        Line(text, $"Plain rows are alert types, italic rows the scripted behaviours. An alert detects a fault when it names the fault's guard or phone, has a type the fault expects, and was raised between the fault's start and {r.Report.Options.Grace.TotalMinutes:0} min after its end; the first such alert of each type is the detection, later ones are duplicates. *Recall* is detected faults over faults; *precision* is the alerts of a type that detected something over all alerts of that type; *delay* runs from the fault's start to its first detection (nearest-rank p50/p95), so it includes each rule's own duration (30 minutes of window for inactivity). An alert that matched no fault is a *false alarm*; on a valid behaviour's row (a declared break, a standing post, a slow patrol) it is an alert that fell on such a guard during the behaviour, where none should be raised. The false-alarm rate divides all of them by the {r.Report.Options.EvaluationPeriod.TotalMinutes:0}-minute guard-windows of fault-free on-shift time. The *notified* precision of {r.Report.Noise.Type} counts only the alerts that reached people, neither inhibited nor silenced; *declared breaks alerted* counts the breaks with at least one alert on their guard during them (plus grace). Because a step's events reach the host after the clock has passed them, an evaluation inside a step misses up to {s.Step} s of data, as if the phones had that much latency. A type whose rule is switched off on the host (`Monitoring__Rules__Enabled=false`) shows 0 % recall. Nothing here is tuned: the host ran with its default settings and this is what it raised.");
        return text.ToString();
    }

    private static string Shares(VirtualNight night)
    {
        var counts = night.Faults.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count());
        return string.Join(", ", night.Settings.Shares
            .Where(kv => kv.Value > 0)
            .OrderBy(kv => kv.Key)
            .Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value * 100:0.##} % ({counts.GetValueOrDefault(kv.Key)})")));
    }

    private static void Line(StringBuilder text, FormattableString? line = null) =>
        text.AppendLine(line?.ToString(CultureInfo.InvariantCulture) ?? "");
}
