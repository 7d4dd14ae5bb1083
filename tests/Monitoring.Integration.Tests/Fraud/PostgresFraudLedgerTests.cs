using Monitoring.Contracts.Fraud;
using Monitoring.Domain.Fraud;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Storage;
using Monitoring.Integration.Tests.Postgres;
using Monitoring.Persistence;
using Monitoring.Persistence.Fraud;
using Monitoring.Persistence.Retention;

namespace Monitoring.Integration.Tests.Fraud;

/// <summary>The fraud ledger in PostgreSQL: append once per event, query, label, link, samples, 30-day retention.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresFraudLedgerTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Append_SameEventTwice_KeepsTheFirstAndRoundTripsEveryField()
    {
        await using var db = PostgresStore.Create(await postgres.CreateDatabaseAsync("fraud_append"), maxConnections: 2);
        var ledger = new PostgresFraudLedger(db);
        var first = Score("g1", "s1", "d1", 7, Now, 0.91);

        await ledger.AppendAsync("t1", first);
        await ledger.AppendAsync("t1", first with { Score = 0.1 });
        var read = await ledger.QueryAsync("t1", new FraudLedgerQuery(null, null, Now.AddDays(-1), 0, 10));

        var only = Assert.Single(read);
        Assert.Equal(first.Score, only.Score);
        Assert.Equal(first.Features.ToArray(), only.Features.ToArray());
        Assert.Equal(first.Top.ToArray(), only.Top.ToArray());
        Assert.Equal((first.GuardId, first.SiteId, first.At, first.EventType, first.RuleScore, first.ModelVersion),
            (only.GuardId, only.SiteId, only.At, only.EventType, only.RuleScore, only.ModelVersion));
        Assert.Null(only.Label);
        Assert.Empty(await ledger.QueryAsync("t2", new FraudLedgerQuery(null, null, Now.AddDays(-1), 0, 10)));
    }

    [Fact]
    public async Task Query_GuardSiteSinceAndMinScore_FiltersNewestFirst()
    {
        await using var db = PostgresStore.Create(await postgres.CreateDatabaseAsync("fraud_query"), maxConnections: 2);
        var ledger = new PostgresFraudLedger(db);
        await ledger.AppendAsync("t1", Score("g1", "s1", "d1", 1, Now.AddHours(-30), 0.9));
        await ledger.AppendAsync("t1", Score("g1", "s1", "d1", 2, Now.AddHours(-2), 0.3));
        await ledger.AppendAsync("t1", Score("g1", "s1", "d1", 3, Now.AddHours(-1), 0.7));
        await ledger.AppendAsync("t1", Score("g2", "s2", "d2", 1, Now.AddMinutes(-5), 0.95));

        var guard = await ledger.QueryAsync("t1", new FraudLedgerQuery("g1", null, Now.AddDays(-2), 0, 10));
        var site = await ledger.QueryAsync("t1", new FraudLedgerQuery(null, "s2", Now.AddDays(-2), 0, 10));
        var recentHigh = await ledger.QueryAsync("t1", new FraudLedgerQuery(null, null, Now.AddHours(-12), 0.5, 10));
        var limited = await ledger.QueryAsync("t1", new FraudLedgerQuery(null, null, Now.AddDays(-2), 0, 2));

        Assert.Equal([3L, 2L, 1L], guard.Select(s => s.Seq));
        Assert.Equal(["d2"], site.Select(s => s.DeviceId));
        Assert.Equal(["d2/1", "d1/3"], recentHigh.Select(s => $"{s.DeviceId}/{s.Seq}"));
        Assert.Equal(["d2/1", "d1/3"], limited.Select(s => $"{s.DeviceId}/{s.Seq}"));
    }

    [Fact]
    public async Task LabelAndLink_KnownAndUnknownEvents_UpdateOnlyKnownAndFeedSamples()
    {
        await using var db = PostgresStore.Create(await postgres.CreateDatabaseAsync("fraud_label"), maxConnections: 2);
        var ledger = new PostgresFraudLedger(db);
        await ledger.AppendAsync("t1", Score("g1", "s1", "d1", 1, Now.AddHours(-3), 0.9));
        await ledger.AppendAsync("t1", Score("g1", "s1", "d1", 2, Now.AddHours(-2), 0.2));
        await ledger.AppendAsync("t1", Score("g1", "s1", "d1", 3, Now.AddHours(-1), 0.4));

        Assert.True(await ledger.LabelAsync("t1", "d1", 1, FraudLabel.Fraud));
        Assert.True(await ledger.LabelAsync("t1", "d1", 2, FraudLabel.Legit));
        Assert.False(await ledger.LabelAsync("t1", "d1", 99, FraudLabel.Fraud));
        Assert.False(await ledger.LabelAsync("t2", "d1", 1, FraudLabel.Fraud));
        Assert.True(await ledger.LinkAlertAsync("t1", "d1", 1, "a-1"));
        Assert.False(await ledger.LinkAlertAsync("t1", "d9", 1, "a-2"));
        var samples = await ledger.ReadSamplesAsync("t1", Now.AddDays(-1), Now, 10);
        var read = await ledger.QueryAsync("t1", new FraudLedgerQuery("g1", null, Now.AddDays(-1), 0, 10));

        Assert.Equal([FraudLabel.Fraud, FraudLabel.Legit], samples.Select(s => s.Label));
        Assert.Equal(0.25, samples[0].Features[FraudFeature.BiometricQuality]);
        Assert.Equal("a-1", read.Single(s => s.Seq == 1).AlertId);
        Assert.Null(read.Single(s => s.Seq == 3).Label);
        Assert.Single(await ledger.ReadSamplesAsync("t1", Now.AddDays(-1), Now.AddHours(-2), 10));
    }

    [Fact]
    public async Task DeleteFraudScoresBefore_OldAndRecentRows_DeletesOnlyTheOldInChunks()
    {
        await using var db = PostgresStore.Create(await postgres.CreateDatabaseAsync("fraud_retention"), maxConnections: 2);
        var ledger = new PostgresFraudLedger(db);
        for (var seq = 1; seq <= 7; seq++)
        {
            await ledger.AppendAsync("t1", Score("g1", "s1", "d1", seq, Now.AddDays(-31).AddMinutes(seq), 0.5));
        }

        await ledger.AppendAsync("t1", Score("g1", "s1", "d1", 8, Now.AddDays(-29), 0.5));
        await ledger.LabelAsync("t1", "d1", 1, FraudLabel.Fraud);

        var deleted = await new PostgresRetention(db, chunkSize: 3, TimeSpan.FromSeconds(5)).DeleteFraudScoresBeforeAsync(Now.AddDays(-30));

        Assert.Equal(7, deleted);
        Assert.Equal([8L], (await ledger.QueryAsync("t1", new FraudLedgerQuery(null, null, Now.AddDays(-60), 0, 10))).Select(s => s.Seq));
    }

    private static FraudScore Score(string guard, string site, string device, long seq, DateTimeOffset at, double score)
    {
        double[] features = [0.25, 12, 0, 0.1, 0, 4, 0, 0, 1, -70, 80, 60];
        return new FraudScore(guard, site, device, seq, at, EventType.Checkpoint, score, score * 0.9, "rules-v1",
            [.. features], [new FraudContribution("velocity_kmh", 0.3), new FraudContribution("gps_accuracy_m", 0.1)]);
    }
}
