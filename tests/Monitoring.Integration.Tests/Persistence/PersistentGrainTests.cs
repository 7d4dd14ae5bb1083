using Monitoring.Integration.Tests.Persistence.Probe;
using Monitoring.Integration.Tests.Postgres;

namespace Monitoring.Integration.Tests.Persistence;

/// <summary>A real grain's state and reminders, through the cluster, end up in PostgreSQL.</summary>
[Collection(PostgresClusterCollection.Name)]
public sealed class PersistentGrainTests(PostgresClusterFixture fixture)
{
    [Fact]
    public async Task ProbeGrain_StateAfterDeactivation_IsReadBackFromPostgres()
    {
        var key = "probe-" + Guid.NewGuid().ToString("N");
        var probe = fixture.Cluster.Client.GetGrain<IProbeGrain>(key);
        await probe.SetAsync("first");
        await probe.SetAsync("second");

        await fixture.Cluster.DeactivateAsync(probe);
        var state = await probe.GetAsync();

        Assert.Equal("second", state.Value);
        Assert.Equal(2, state.Writes);
        Assert.Equal(1L, await Sql.ScalarAsync<long>(fixture.ConnectionString, """
            SELECT count(*) FROM orleans_storage
            WHERE service_id = @service AND grain_type = 'probe' AND grain_id_extension = @key AND version = 2
            """, ("service", fixture.ClusterId), ("key", key)));
    }

    [Fact]
    public async Task ProbeGrain_RegisterReminder_WritesItsRowToTheRemindersTable()
    {
        var key = "probe-" + Guid.NewGuid().ToString("N");
        var probe = fixture.Cluster.Client.GetGrain<IProbeGrain>(key);

        await probe.RegisterReminderAsync("nightly");

        var rows = await Sql.ColumnAsync<long>(fixture.ConnectionString, """
            SELECT period FROM orleans_reminders
            WHERE service_id = @service AND grain_id = @grain AND reminder_name = 'nightly'
            """, ("service", fixture.ClusterId), ("grain", probe.GetGrainId().ToString()));
        Assert.Equal([(long)TimeSpan.FromHours(1).TotalMilliseconds], rows);
    }
}
