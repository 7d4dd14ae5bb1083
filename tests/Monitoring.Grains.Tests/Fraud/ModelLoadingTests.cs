using Monitoring.Domain.Fraud;
using Monitoring.Domain.Fraud.Models;
using Monitoring.Contracts.Fraud;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Fraud;

/// <summary>What a silo scores with when the active version cannot be loaded, and back.</summary>
[Collection(FraudModelsCollection.Name)]
public sealed class ModelLoadingTests(FraudClusterFixture cluster)
{
    [Fact]
    public async Task ActiveModel_CorruptBytes_BothSilosScoreWithRulesAndStayUp()
    {
        var tenant = $"fraud-corrupt-{Guid.NewGuid():N}"[..24];
        cluster.Source(0).Watch(tenant);
        cluster.Source(1).Watch(tenant);
        var good = Info("good-v1");
        await cluster.Store.SaveAsync(tenant, good, TreeEnsembleCodec.Write(SmallModel()));
        var broken = TreeEnsembleCodec.Write(SmallModel());
        Array.Resize(ref broken, broken.Length - 5);
        await cluster.Store.SaveAsync(tenant, Info("broken-v2"), broken);
        var registry = cluster.Grains.GetGrain<IFraudModelGrain>(tenant);

        Assert.True(await registry.ActivateAsync("good-v1"));
        await BothAsync(tenant, "good-v1");
        Assert.True(await registry.ActivateAsync("broken-v2"));
        await BothAsync(tenant, RuleFraudScorer.Instance.Version);
        Assert.True(await registry.ActivateAsync("good-v1"));
        await BothAsync(tenant, "good-v1");
        Assert.False(await registry.ActivateAsync("never-trained"));
        Assert.Equal("good-v1", await registry.GetActiveVersionAsync());
    }

    private async Task BothAsync(string tenant, string version)
    {
        foreach (var silo in new[] { 0, 1 })
        {
            await Eventually.ReachAsync(() => Task.FromResult(cluster.Source(silo).For(tenant).Version), v => v == version, $"silo {silo} scores with {version}");
        }
    }

    private static TreeEnsemble SmallModel() => new(
        [new RegressionTree([new TreeNode(5, 100f, ~0, ~1)], [-2.0, 2.0])], 0, -1, 0, [.. new double[12]]);

    private static FraudModelInfo Info(string version) => new(
        version, "hand", "job-0", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(-30), DateTimeOffset.UtcNow, 0, 0, 0, 0,
        new FraudModelMetrics(1, 1, 1, 1, 0, 0, 0, 0), [], Domain.Fraud.FraudFeatureNames.All, 0);
}
