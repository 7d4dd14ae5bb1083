using Monitoring.Contracts.Fraud;
using Monitoring.Domain.Fraud;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Tests.Fraud;

/// <summary>Puts labelled rows into a fraud ledger the way scoring and labelling do: one scored event per row, then its label.</summary>
internal static class LedgerSeed
{
    public static async Task AddAsync(IFraudLedger ledger, string tenant, List<FraudSample> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var features = new double[FraudFeatureNames.Count];
            for (var f = 0; f < features.Length; f++)
            {
                features[f] = row.Features[f];
            }

            await ledger.AppendAsync(tenant, new FraudScore(row.GuardId, row.SiteId, Device(i), i, row.At, EventType.Checkpoint, 0.2, 0.2, "rules-v1", [.. features], []));
            if (!await ledger.LabelAsync(tenant, Device(i), i, row.Label))
            {
                throw new InvalidOperationException($"the ledger lost row {i}");
            }
        }
    }

    /// <summary>Gives the first <paramref name="count"/> rows labels drawn at random: the labels then carry nothing of the features.</summary>
    public static async Task ScrambleAsync(IFraudLedger ledger, string tenant, int count, double fraudShare, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            await ledger.LabelAsync(tenant, Device(i), i, random.NextDouble() < fraudShare ? FraudLabel.Fraud : FraudLabel.Legit);
        }
    }

    private static string Device(int i) => $"d-{i % 50}";
}
