using System.Globalization;
using System.Text;
using Monitoring.Simulator.Feed;

namespace Monitoring.Simulator.Notify;

/// <summary>What a run measured, from the receiver's side.</summary>
internal sealed record NotifyFigures(
    NotifySettings Settings, int Alerts, int Contacts, int Requests, int FailedOnPurpose, int BadSignatures,
    int MinMessages, int MaxMessages, double MeanMessages, int Expected, int Lost, int Twice, int PairsInTwoMessages,
    double P50, double P95, double P99, double Max, TimeSpan RaisedIn)
{
    public static NotifyFigures From(
        NotifySettings settings, IReadOnlyDictionary<string, DateTimeOffset> alerts, string[] contacts,
        IReadOnlyCollection<HookReceipt> receipts, TimeSpan raisedIn)
    {
        var accepted = receipts.Where(r => r.Accepted).ToList();
        var perContact = contacts.Select(c => accepted.Where(r => r.ContactId == c).Select(r => r.Key).Distinct().Count()).ToArray();
        var twice = accepted.GroupBy(r => r.Key).Sum(g => g.Count() - 1);
        var firstAt = new Dictionary<(string Contact, string Alert), DateTimeOffset>();
        var messagesPerPair = new Dictionary<(string, string), HashSet<string>>();
        foreach (var receipt in accepted.Where(r => r.Tier == 0).OrderBy(r => r.At))
        {
            foreach (var alert in receipt.AlertIds.Where(alerts.ContainsKey))
            {
                firstAt.TryAdd((receipt.ContactId, alert), receipt.At);
                if (!messagesPerPair.TryGetValue((receipt.ContactId, alert), out var keys))
                {
                    messagesPerPair[(receipt.ContactId, alert)] = keys = [];
                }

                keys.Add(receipt.Key);
            }
        }

        var latency = new Percentiles();
        foreach (var ((_, alert), at) in firstAt)
        {
            latency.Add((at - alerts[alert]).TotalMilliseconds);
        }

        var expected = alerts.Count * contacts.Length;
        return new NotifyFigures(
            settings, alerts.Count, contacts.Length, receipts.Count, receipts.Count(r => r.SignatureValid && !r.Accepted),
            receipts.Count(r => !r.SignatureValid), perContact.DefaultIfEmpty().Min(), perContact.DefaultIfEmpty().Max(),
            perContact.Length == 0 ? 0 : perContact.Average(), expected, expected - firstAt.Count, twice,
            messagesPerPair.Count(p => p.Value.Count > 1),
            latency.At(50), latency.At(95), latency.At(99), latency.At(100), raisedIn);
    }

    public string Render()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"### notify --mode {Settings.Mode} --alerts {Settings.Alerts} --contacts {Settings.Contacts} --group-wait {Settings.GroupWaitS} --fail-rate {Settings.FailRate} ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
        text.AppendLine();
        text.AppendLine("| figure | value |");
        text.AppendLine("|---|--:|");
        text.AppendLine(c, $"| alerts raised (read back) | {Alerts} in {RaisedIn.TotalSeconds:0.0} s |");
        text.AppendLine(c, $"| requests received / refused on purpose / bad signature | {Requests} / {FailedOnPurpose} / {BadSignatures} |");
        text.AppendLine(c, $"| messages accepted per contact (min / mean / max) | {MinMessages} / {MeanMessages:0.0} / {MaxMessages} |");
        text.AppendLine(c, $"| (alert, contact) pairs expected / lost | {Expected} / {Lost} |");
        text.AppendLine(c, $"| accepted twice by idempotency key / pairs in two messages | {Twice} / {PairsInTwoMessages} |");
        text.AppendLine(c, $"| raise to receipt p50 / p95 / p99 / max | {P50 / 1000:0.00} s / {P95 / 1000:0.00} s / {P99 / 1000:0.00} s / {Max / 1000:0.00} s |");
        return text.ToString();
    }
}
