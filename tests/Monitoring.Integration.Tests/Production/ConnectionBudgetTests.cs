using System.Net;
using Monitoring.Integration.Tests.Postgres;
using Monitoring.Persistence;
using Monitoring.Persistence.Connections;

namespace Monitoring.Integration.Tests.Production;

/// <summary>The connection budget against a stock server: what it reads, what it refuses, how it judges.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ConnectionBudgetTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ServerConnections_StockServer_Reads100With3Reserved()
    {
        var db = await postgres.CreateDatabaseAsync("budget_read");
        await using var dataSource = PostgresStore.Create(db, maxConnections: 2);

        var server = await ServerConnections.ReadAsync(dataSource);

        Assert.Equal(100, server.MaxConnections);
        Assert.Equal(3, server.Reserved);
        Assert.InRange(server.OpenByOthers, 0, server.Usable - 1);
    }

    [Fact]
    public async Task Host_BudgetBeyondTheServer_RefusesToStartNamingTheLimit()
    {
        var db = await postgres.CreateDatabaseAsync("budget_too_big");

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ProductionHost.StartAsync(db, T0, "--Monitoring:Storage:MaxConnections=98"));

        Assert.Contains("Monitoring:Storage:MaxConnections is 98", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("only 97 connections in all (max_connections 100 - 3 reserved)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_BudgetNotAboveTheArchiveWriters_RefusesToStart()
    {
        var db = await postgres.CreateDatabaseAsync("budget_writers");

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ProductionHost.StartAsync(db, T0, "--Monitoring:Storage:MaxConnections=3", "--Monitoring:Storage:ArchiveWriters=3"));

        Assert.Contains("MaxConnections (3) must be larger than Monitoring:Storage:ArchiveWriters (3)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_SmallBudgetUnderConcurrentShiftStarts_AcceptsAllWithinItsBudget()
    {
        var db = await postgres.CreateDatabaseAsync("budget_pool");
        await using var host = await ProductionHost.StartAsync(db, T0, "--Monitoring:Storage:MaxConnections=4");
        var sampler = await ConnectionSampler.StartAsync(db);

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => host.PostEventsAsync(
            new { deviceId = $"d{i}", seq = 1, ts = T0, type = "shift_start", guardId = $"g{i}", siteId = "s1" })));
        await sampler.DisposeAsync();

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.Status));
        var peak = Assert.Single(sampler.Peaks, p => p.Key.StartsWith(PostgresStore.DefaultApplicationName, StringComparison.Ordinal));
        Assert.StartsWith(PostgresStore.DefaultApplicationName + " ", peak.Key, StringComparison.Ordinal);
        Assert.InRange(peak.Value, 1, 4);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(2, 2)]
    [InlineData(0, 0)]
    public void Problem_BudgetNotAboveTheWriters_NamesBothSettings(int budget, int writers)
    {
        var problem = new ConnectionBudget(budget, writers).Problem;

        Assert.NotNull(problem);
        Assert.Contains($"MaxConnections ({budget}) must be larger than Monitoring:Storage:ArchiveWriters ({writers})", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20, 10, BudgetFit.Fits)]
    [InlineData(20, 80, BudgetFit.Crowded)]
    [InlineData(98, 0, BudgetFit.Impossible)]
    public void FitOn_StockServer_JudgesAgainstUsableAndFree(int budget, int others, BudgetFit expected)
    {
        var server = new ServerConnections(100, 3, others);

        Assert.Equal(expected, new ConnectionBudget(budget, 2).FitOn(server));
        Assert.Equal(97 / budget, new ConnectionBudget(budget, 2).SilosThatFit(server));
    }
}
