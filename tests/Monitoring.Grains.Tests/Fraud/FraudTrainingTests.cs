using System.Diagnostics;
using Monitoring.Contracts.Fraud;
using Monitoring.Grains.Tests.Fixtures;
using Xunit.Abstractions;

namespace Monitoring.Grains.Tests.Fraud;

/// <summary>Training end to end on two silos: gates, the active model on both silos, refusals, cancel.</summary>
[Collection(FraudModelsCollection.Name)]
public sealed class FraudTrainingTests(FraudClusterFixture cluster, ITestOutputHelper output)
{
    private static int _tenants;

    [Fact]
    public async Task Train_SeparableSeededSet_ActivatesAndBothSilosSwap()
    {
        var tenant = Tenant();
        cluster.Source(0).Watch(tenant);
        cluster.Source(1).Watch(tenant);
        await LedgerSeed.AddAsync(cluster.Ledger, tenant, SyntheticFraud.Rows(1200, 0.3, seed: 1, DateTimeOffset.UtcNow));

        var job = await TrainAsync(tenant);
        var done = await FinishedAsync(tenant, job.JobId);
        var swapWatch = Stopwatch.StartNew();

        Assert.Equal(FraudJobStatus.Activated, done.Status);
        Assert.Empty(done.FailedGates);
        var list = await Registry(tenant).ListAsync();
        var model = Assert.Single(list.Models);
        Assert.True(model.Active);
        Assert.Equal(list.ActiveVersion, model.Version);
        Assert.Equal((960, 240), (model.TrainRows, model.TestRows));
        Assert.True(model.Metrics is { Precision: >= 0.85, Recall: >= 0.75, F1: >= 0.80 }, $"metrics {model.Metrics}");
        Assert.Equal(12, model.Features.Length);
        foreach (var silo in new[] { 0, 1 })
        {
            await Eventually.ReachAsync(() => Task.FromResult(cluster.Source(silo).For(tenant).Version), v => v == model.Version, $"silo {silo} scores with {model.Version}");
        }

        output.WriteLine($"trained {model.TrainRows + model.TestRows} rows in {model.TrainingMs} ms; both silos swapped {swapWatch.ElapsedMilliseconds} ms after the job finished was seen (refresh period {FraudClusterFixture.RefreshPeriod.TotalMilliseconds} ms)");
    }

    [Fact]
    public async Task Train_LabelsCarryNoSignal_RejectedNamesGateAndKeepsActiveModel()
    {
        var tenant = Tenant();
        cluster.Source(0).Watch(tenant);
        await LedgerSeed.AddAsync(cluster.Ledger, tenant, SyntheticFraud.Rows(800, 0.3, seed: 2, DateTimeOffset.UtcNow));
        var first = await FinishedAsync(tenant, (await TrainAsync(tenant)).JobId);
        Assert.Equal(FraudJobStatus.Activated, first.Status);

        await LedgerSeed.ScrambleAsync(cluster.Ledger, tenant, 800, 0.3, seed: 3);
        var second = await FinishedAsync(tenant, (await TrainAsync(tenant)).JobId);

        Assert.Equal(FraudJobStatus.Rejected, second.Status);
        Assert.Contains("precision", second.FailedGates);
        Assert.Contains("precision", second.Message, StringComparison.Ordinal);
        var list = await Registry(tenant).ListAsync();
        Assert.Equal(first.ModelVersion, list.ActiveVersion);
        var rejected = Assert.Single(list.Models, m => m.Version == second.ModelVersion);
        Assert.False(rejected.Active);
        Assert.Equal(string.Join(",", second.FailedGates), string.Join(",", rejected.FailedGates));
        await Task.Delay(FraudClusterFixture.RefreshPeriod * 3);
        Assert.Equal(first.ModelVersion, cluster.Source(0).For(tenant).Version);
    }

    [Theory]
    [InlineData(499, 0.3, 499)]
    [InlineData(700, 0.0, 700)]
    public async Task RequestTraining_TooFewRowsOrOneClass_RefusedWithCountsNoJob(int count, double share, int rows)
    {
        var tenant = Tenant();
        await LedgerSeed.AddAsync(cluster.Ledger, tenant, SyntheticFraud.Rows(count, share, seed: 4, DateTimeOffset.UtcNow));

        var answer = await Registry(tenant).RequestTrainingAsync("admin-1", "manual");

        Assert.Null(answer.Job);
        Assert.Equal(rows, answer.Rows);
        Assert.Equal(answer.Rows, answer.FraudRows + answer.LegitRows);
        Assert.NotNull(answer.Problem);
        Assert.Empty((await Registry(tenant).ListAsync()).Jobs);
    }

    [Fact]
    public async Task CancelJob_WhileTraining_CancelledAndActiveUnchanged()
    {
        var tenant = Tenant();
        await LedgerSeed.AddAsync(cluster.Ledger, tenant, SyntheticFraud.Rows(100_000, 0.3, seed: 5, DateTimeOffset.UtcNow));
        cluster.Trainer.HoldNext();
        var job = await TrainAsync(tenant);
        await Eventually.ReachAsync(() => Registry(tenant).GetJobAsync(job.JobId), j => j!.Status != FraudJobStatus.Queued, "the job starts");

        var asked = await Registry(tenant).CancelJobAsync(job.JobId);
        var done = await FinishedAsync(tenant, job.JobId);

        Assert.True(asked!.CancelRequested);
        Assert.Equal(FraudJobStatus.Cancelled, done.Status);
        Assert.Null((await Registry(tenant).ListAsync()).ActiveVersion);
        Assert.Null(done.ModelVersion);
    }

    [Fact]
    public async Task RequestTraining_JobAlreadyRunning_RefusedNamingIt()
    {
        var tenant = Tenant();
        await LedgerSeed.AddAsync(cluster.Ledger, tenant, SyntheticFraud.Rows(100_000, 0.3, seed: 6, DateTimeOffset.UtcNow));
        cluster.Trainer.HoldNext();
        var job = await TrainAsync(tenant);

        var again = await Registry(tenant).RequestTrainingAsync("admin-2", "manual");
        await Registry(tenant).CancelJobAsync(job.JobId);

        Assert.Null(again.Job);
        Assert.Equal(job.JobId, again.Busy?.JobId);
        await FinishedAsync(tenant, job.JobId);
    }

    private static string Tenant() => $"fraud-t{Interlocked.Increment(ref _tenants)}-{Guid.NewGuid():N}"[..24];

    private IFraudModelGrain Registry(string tenant) => cluster.Grains.GetGrain<IFraudModelGrain>(tenant);

    private async Task<FraudTrainingJob> TrainAsync(string tenant)
    {
        var answer = await Registry(tenant).RequestTrainingAsync("admin-1", "manual");
        Assert.True(answer.Job is not null, answer.Problem);
        Assert.Equal(FraudJobStatus.Queued, answer.Job.Status);
        return answer.Job;
    }

    private async Task<FraudTrainingJob> FinishedAsync(string tenant, string jobId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var job = await Registry(tenant).GetJobAsync(jobId);
            if (job is { Finished: true })
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"job {jobId} still {job?.Status}");
            await Task.Delay(100);
        }
    }
}
