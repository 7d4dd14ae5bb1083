using Microsoft.Extensions.DependencyInjection;
using Monitoring.Contracts.Fraud;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Storage;

namespace Monitoring.Server.Tests.Fixtures;

/// <summary>
/// A host of its own for the fraud API and page: the dashboard served from the source tree, the
/// manual clock at noon, and a way to put scored events straight into the host's fraud ledger (the
/// one the API reads), as the guard grains do.
/// </summary>
public sealed class FraudHostFixture : HostFixture
{
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    protected override DateTimeOffset? ClockStart => Start;

    protected override IEnumerable<string> ExtraArguments =>
        ["--contentRoot", Path.Combine(RepositoryRoot.Path, "src", "Monitoring.Server")];

    public DateTimeOffset Now => Services.GetRequiredService<MonitoringClock>().GetUtcNow();

    /// <summary>Appends one scored event <paramref name="ago"/> before the host clock's now.</summary>
    public async Task<FraudScore> ScoreAsync(string tenant, string guardId, string siteId, string deviceId, long seq, double score, TimeSpan ago)
    {
        var scored = new FraudScore(guardId, siteId, deviceId, seq, Now - ago, EventType.Checkpoint, score, Math.Min(1, score + 0.05), "rules-v1",
            [1, 12, 0, 0, 0, score * 300, 0, 0, 1, -75, 80, 60], [new FraudContribution("velocity_kmh", score / 2), new FraudContribution("gps_accuracy_m", 0.05)]);
        await Services.GetRequiredService<IFraudLedger>().AppendAsync(tenant, scored);
        return scored;
    }
}
