using Monitoring.Integration.Tests.Postgres;
using Monitoring.Tests.Shared.Hostile;
using Xunit.Abstractions;

namespace Monitoring.Integration.Tests.Hostile;

/// <summary>
/// The hostile-input run of Monitoring.Server.Tests (the same generator, linked) against a host on
/// PostgreSQL: no 5xx, no hang, every 4xx problem+json, nothing changed, nothing across tenants.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class HostileInputPostgresTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task HostileRequests_PostgresHost_OnlyProblemAnswersAndNothingChanged()
    {
        var db = await postgres.CreateDatabaseAsync("hostile");
        await using var host = await HostilePostgresHost.StartAsync(db);
        await host.SetClockAsync(Start);
        var target = new HostileTarget(host.BaseAddress, HostilePostgresHost.Key, host.SetClockAsync, archive: true);

        var result = await HostileSuite.RunAsync("postgresql", target, Start, seed: 14);

        HostileOutput.Write(result, output.WriteLine);
        Assert.True(result.Outcomes.Count >= 2000, $"Only {result.Outcomes.Count} requests generated.");
        Assert.True(result.Failures.Count == 0 && result.Changed.Count == 0, HostileReport.Failures(result));
    }
}
