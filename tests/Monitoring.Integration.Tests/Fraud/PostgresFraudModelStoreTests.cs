using Monitoring.Contracts.Fraud;
using Monitoring.Domain.Fraud;
using Monitoring.Integration.Tests.Postgres;
using Monitoring.Persistence;
using Monitoring.Persistence.Fraud;

namespace Monitoring.Integration.Tests.Fraud;

/// <summary>The fraud model store on PostgreSQL (schema script 0013): versions per tenant, newest first, bytes as written.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresFraudModelStoreTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SaveListRead_TwoVersions_NewestFirstBytesIntactTenantsApart()
    {
        await using var db = PostgresStore.Create(await postgres.CreateDatabaseAsync("fraud_models"));
        var store = new PostgresFraudModelStore(db);
        var bytes = Enumerable.Range(0, 3000).Select(i => (byte)(i * 7)).ToArray();
        await store.SaveAsync("t1", Info("fasttree-v2", T0, ["precision"]), bytes);
        await store.SaveAsync("t1", Info("fasttree-v4", T0.AddDays(7), []) with { Active = true }, [1, 2, 3]);
        await store.SaveAsync("t2", Info("fasttree-v2", T0, []), [9]);

        var listed = await store.ListAsync("t1", 10);

        Assert.Equal("fasttree-v4,fasttree-v2", string.Join(",", listed.Select(m => m.Version)));
        Assert.False(listed[0].Active);
        Assert.Equal("precision", string.Join(",", listed[1].FailedGates));
        Assert.Equal(string.Join(",", FraudFeatureNames.All), string.Join(",", listed[1].Features));
        Assert.Equal((0.91, 40, T0), (listed[1].Metrics.Precision, listed[1].Metrics.TruePositives, listed[1].TrainedAt));
        Assert.Equal(bytes, await store.ReadBytesAsync("t1", "fasttree-v2"));
        Assert.Equal(new byte[] { 9 }, await store.ReadBytesAsync("t2", "fasttree-v2"));
        Assert.Null(await store.ReadBytesAsync("t1", "fasttree-v3"));
        Assert.Single(await store.ListAsync("t1", 1));
        Assert.Empty(await store.ListAsync("t3", 10));
    }

    private static FraudModelInfo Info(string version, DateTimeOffset at, string[] failed) => new(
        version, "fasttree", "job-1", at, at.AddDays(-30), at, 800, 200, 300, 700,
        new FraudModelMetrics(0.91, 0.8, 0.85, 0.93, 40, 4, 150, 10), [.. failed], FraudFeatureNames.All, 1234);
}
