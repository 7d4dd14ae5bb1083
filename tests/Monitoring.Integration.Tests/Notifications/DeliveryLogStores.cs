using Monitoring.Grains.Notifications;
using Monitoring.Grains.Storage.Memory;
using Monitoring.Integration.Tests.Postgres;
using Monitoring.Persistence;
using Monitoring.Persistence.Notifications;
using Npgsql;

namespace Monitoring.Integration.Tests.Notifications;

/// <summary>Both outboxes for a test that must hold for each: the embedded default's and PostgreSQL's (a database of its own).</summary>
internal sealed class DeliveryLogStores : IAsyncDisposable
{
    private NpgsqlDataSource? _source;

    private DeliveryLogStores(INotificationOutbox outbox, string? database, NpgsqlDataSource? source)
    {
        Outbox = outbox;
        Database = database;
        _source = source;
    }

    public INotificationOutbox Outbox { get; }

    /// <summary>The PostgreSQL database, or null for memory.</summary>
    public string? Database { get; }

    public static async Task<DeliveryLogStores> OpenAsync(string kind, PostgresFixture postgres, string name)
    {
        if (kind == "memory")
        {
            return new DeliveryLogStores(new MemoryNotificationOutbox(), null, null);
        }

        var db = await postgres.CreateDatabaseAsync(name);
        var source = PostgresStore.Create(db, maxConnections: 2);
        return new DeliveryLogStores(new PostgresNotificationOutbox(source), db, source);
    }

    public async ValueTask DisposeAsync()
    {
        if (_source is not null)
        {
            await _source.DisposeAsync();
            _source = null;
        }
    }
}
