using System.Collections.Immutable;
using System.Text.Json;
using Monitoring.Contracts.Fraud;
using Monitoring.Contracts.Json;
using Monitoring.Grains.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Monitoring.Persistence.Fraud;

/// <summary>The fraud model store in PostgreSQL (<c>fraud_models</c>): every silo reads the same versions.</summary>
public sealed class PostgresFraudModelStore(NpgsqlDataSource db) : IFraudModelStore
{
    public async Task SaveAsync(string tenant, FraudModelInfo model, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(model);
        await using var command = db.CreateCommand(
            "INSERT INTO fraud_models (tenant_id, version, trained_at, info, model) VALUES ($1, $2, $3, $4::json, $5) " +
            "ON CONFLICT (tenant_id, version) DO UPDATE SET trained_at = EXCLUDED.trained_at, info = EXCLUDED.info, model = EXCLUDED.model");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tenant });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = model.Version });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = model.TrainedAt.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = JsonSerializer.Serialize(model with { Active = false }, WireJson.Options) });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = bytes });
        await command.ExecuteNonQueryAsync();
    }

    public async Task<ImmutableArray<FraudModelInfo>> ListAsync(string tenant, int limit)
    {
        await using var command = db.CreateCommand(
            "SELECT info::text FROM fraud_models WHERE tenant_id = $1 ORDER BY trained_at DESC, version DESC LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tenant });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        var models = ImmutableArray.CreateBuilder<FraudModelInfo>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            models.Add(JsonSerializer.Deserialize<FraudModelInfo>(reader.GetString(0), WireJson.Options)
                ?? throw new InvalidDataException("a fraud_models row holds no description"));
        }

        return models.ToImmutable();
    }

    public async Task<byte[]?> ReadBytesAsync(string tenant, string version)
    {
        await using var command = db.CreateCommand("SELECT model FROM fraud_models WHERE tenant_id = $1 AND version = $2");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tenant });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = version });
        return await command.ExecuteScalarAsync() as byte[];
    }
}
