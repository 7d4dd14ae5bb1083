using System.Globalization;
using System.Text.Json;
using Monitoring.Fleet.Fraud;
using Monitoring.Fleet.Http;
using Monitoring.Simulator.Cli;

namespace Monitoring.Simulator.Fraud;

/// <summary>
/// The <c>fraud</c> verb: plays a labelled night (seed A) into a manual-clock host, labels its scored
/// events by ground truth through <c>POST /api/v1/fraud/labels</c>, trains a model and waits for it,
/// plays a held-out night (seed B) and prints precision, recall and F1 of the active score and of
/// the rule-based score beside it, at 0.5 and 0.8, against that night's truth.
/// </summary>
internal static class FraudCommand
{
    public static async Task<int> RunAsync(FraudSettings s, Status status, CancellationToken stop)
    {
        using var progress = new StatusWriter(status);
        using var http = HostApi.CreateClient(s.Url, s.Key);
        var (api, fraud) = (new HostApi(http), new FraudHostApi(http));
        var clock = await api.GetClockAsync(stop);
        if (!clock.IsManual)
        {
            throw new InvalidOperationException($"the host at {s.Url} runs on the {clock.Mode ?? "system"} clock; start it with Monitoring__Clock=manual.");
        }

        status.Phase("training night");
        var training = new FraudNight(s.Night(s.Seed, NextMinute(clock.Now)));
        await FraudReplay.RunAsync(api, training, TimeSpan.FromSeconds(s.Step), progress, stop);
        var scored = await ScoresAsync(fraud, training, stop);
        var truth = training.Truth.ToDictionary(t => (t.DeviceId, t.Seq), t => t.IsFraud);
        var verdicts = scored.Where(e => truth.ContainsKey((e.DeviceId, e.Seq))).Select(e => (e.DeviceId, e.Seq, truth[(e.DeviceId, e.Seq)])).ToList();
        var labelled = await fraud.LabelAsync(verdicts, stop);
        progress.WriteLine($"fraud: night {s.Seed}: {scored.Count} scored events, {labelled} labelled ({verdicts.Count(v => v.Item3)} fraud)");

        status.Phase("training");
        var job = await fraud.TrainAsync(s.TrainTimeout, progress, stop);
        Console.Out.WriteLine("training job: " + JsonSerializer.Serialize(job));

        status.Phase("held-out night");
        var now = (await api.GetClockAsync(stop)).Now;
        var holdout = new FraudNight(s.Night(s.HoldoutSeed, NextMinute(now)));
        await FraudReplay.RunAsync(api, holdout, TimeSpan.FromSeconds(s.Step), progress, stop);
        var held = await ScoresAsync(fraud, holdout, stop);
        var heldTruth = holdout.Truth.ToDictionary(t => (t.DeviceId, t.Seq), t => t.IsFraud);
        var pairs = held.Where(e => heldTruth.ContainsKey((e.DeviceId, e.Seq))).Select(e => (e, heldTruth[(e.DeviceId, e.Seq)])).ToList();
        Console.Out.Write(Table(s, pairs, holdout.Truth.Count));
        return 0;
    }

    public static string Table(FraudSettings s, IReadOnlyList<(ScoredEvent Event, bool Fraud)> pairs, int attendanceEvents)
    {
        var text = new System.Text.StringBuilder();
        var versions = string.Join(", ", pairs.Select(p => p.Event.ModelVersion).Distinct().Order(StringComparer.Ordinal));
        text.AppendLine(CultureInfo.InvariantCulture, $"held-out night seed {s.HoldoutSeed} (trained on seed {s.Seed}): {pairs.Count} scored of {attendanceEvents} attendance events, {pairs.Count(p => p.Fraud)} fraud; scorer {versions}");
        text.AppendLine("| score | threshold | precision | recall | F1 | TP | FP | FN | TN |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var threshold in new[] { 0.5, 0.8 })
        {
            Row(text, "active (model)", threshold, FraudMetrics.Of(pairs.Select(p => (p.Event.Score, p.Fraud)), threshold));
            Row(text, "rules-v1", threshold, FraudMetrics.Of(pairs.Select(p => (p.Event.RuleScore, p.Fraud)), threshold));
        }

        return text.ToString();
    }

    private static void Row(System.Text.StringBuilder text, string name, double threshold, FraudMetrics m) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {threshold:F1} | {m.Precision:F3} | {m.Recall:F3} | {m.F1:F3} | {m.TruePositives} | {m.FalsePositives} | {m.FalseNegatives} | {m.TrueNegatives} |");

    private static async Task<List<ScoredEvent>> ScoresAsync(FraudHostApi fraud, FraudNight night, CancellationToken stop)
    {
        var all = new List<ScoredEvent>();
        foreach (var guard in night.Guards)
        {
            all.AddRange(await fraud.ScoresOfAsync(guard.GuardId, stop));
        }

        return all;
    }

    private static DateTimeOffset NextMinute(DateTimeOffset now)
    {
        var rest = now.UtcTicks % TimeSpan.TicksPerMinute;
        return new DateTimeOffset(rest == 0 ? now.UtcTicks : now.UtcTicks - rest + TimeSpan.TicksPerMinute, TimeSpan.Zero);
    }
}
