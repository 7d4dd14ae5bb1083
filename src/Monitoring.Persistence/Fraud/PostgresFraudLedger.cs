using System.Collections.Immutable;
using Monitoring.Contracts.Fraud;
using Monitoring.Domain.Fraud;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Storage;
using Npgsql;
using NpgsqlTypes;
using static Monitoring.Persistence.Fraud.FraudRows;

namespace Monitoring.Persistence.Fraud;

/// <summary>
/// The fraud ledger in PostgreSQL (<c>fraud_scores</c>): one row per scored event, the first append
/// of an event wins, labels and alert links update it in place. Rows older than 30 days are removed
/// by the retention service (<c>PostgresRetention.DeleteFraudScoresBeforeAsync</c>).
/// </summary>
public sealed class PostgresFraudLedger(NpgsqlDataSource db) : IFraudLedger
{
    public async Task AppendAsync(string tenant, FraudScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        await using var command = db.CreateCommand(
            "INSERT INTO fraud_scores (tenant_id, device_id, seq, guard_id, site_id, at, event_type, score, rule_score, " +
            "model_version, features, top_features, top_weights, alert_id, label) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) " +
            "ON CONFLICT (tenant_id, device_id, seq) DO NOTHING");
        var p = command.Parameters;
        p.Add(Text(tenant));
        p.Add(Text(score.DeviceId));
        p.Add(new NpgsqlParameter<long> { TypedValue = score.Seq });
        p.Add(Text(score.GuardId));
        p.Add(Text(score.SiteId));
        p.Add(Time(score.At));
        p.Add(Text(score.EventType.ToWire()));
        p.Add(new NpgsqlParameter<double> { TypedValue = score.Score });
        p.Add(new NpgsqlParameter<double> { TypedValue = score.RuleScore });
        p.Add(Text(score.ModelVersion));
        p.Add(new NpgsqlParameter<double[]> { TypedValue = score.Features.IsDefault ? [] : [.. score.Features] });
        var top = score.Top.IsDefault ? [] : score.Top;
        p.Add(new NpgsqlParameter<string[]> { TypedValue = [.. top.Select(c => c.Feature)] });
        p.Add(new NpgsqlParameter<double[]> { TypedValue = [.. top.Select(c => c.Weight)] });
        p.Add(Text(score.AlertId));
        p.Add(Label(score.Label));
        await command.ExecuteNonQueryAsync();
    }

    public async Task<ImmutableArray<FraudScore>> QueryAsync(string tenant, FraudLedgerQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var command = db.CreateCommand(
            $"SELECT {Columns} FROM fraud_scores WHERE tenant_id = $1 " +
            "AND ($2::text IS NULL OR guard_id = $2) AND ($3::text IS NULL OR site_id = $3) " +
            "AND at >= $4 AND score >= $5 ORDER BY at DESC, device_id DESC, seq DESC LIMIT $6");
        var p = command.Parameters;
        p.Add(Text(tenant));
        p.Add(Text(query.GuardId));
        p.Add(Text(query.SiteId));
        p.Add(Time(query.Since));
        p.Add(new NpgsqlParameter<double> { TypedValue = query.MinScore });
        p.Add(new NpgsqlParameter<int> { TypedValue = Math.Max(0, query.Limit) });
        var items = ImmutableArray.CreateBuilder<FraudScore>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(ReadScore(reader));
        }

        return items.ToImmutable();
    }

    public async Task<FraudScore?> FindAsync(string tenant, string deviceId, long seq)
    {
        await using var command = db.CreateCommand($"SELECT {Columns} FROM fraud_scores WHERE tenant_id = $1 AND device_id = $2 AND seq = $3");
        command.Parameters.Add(Text(tenant));
        command.Parameters.Add(Text(deviceId));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = seq });
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? ReadScore(reader) : null;
    }

    public Task<bool> LabelAsync(string tenant, string deviceId, long seq, FraudLabel label) =>
        UpdateAsync("label = $4", tenant, deviceId, seq, Label(label));

    public Task<bool> LinkAlertAsync(string tenant, string deviceId, long seq, string alertId) =>
        UpdateAsync("alert_id = $4", tenant, deviceId, seq, Text(alertId));

    public async Task<ImmutableArray<FraudSample>> ReadSamplesAsync(string tenant, DateTimeOffset since, DateTimeOffset until, int limit)
    {
        await using var command = db.CreateCommand(
            "SELECT guard_id, site_id, at, features, label FROM fraud_scores " +
            "WHERE tenant_id = $1 AND label IS NOT NULL AND at >= $2 AND at < $3 ORDER BY at, device_id, seq LIMIT $4");
        var p = command.Parameters;
        p.Add(Text(tenant));
        p.Add(Time(since));
        p.Add(Time(until));
        p.Add(new NpgsqlParameter<int> { TypedValue = Math.Max(0, limit) });
        var items = ImmutableArray.CreateBuilder<FraudSample>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = reader.GetFieldValue<double[]>(3);
            if (values.Length != FraudFeatureNames.Count)
            {
                // A row written under another feature list cannot train this build's model.
                continue;
            }

            items.Add(new FraudSample(reader.GetString(0), reader.GetString(1), At(reader, 2),
                FraudFeatures.From(values), (FraudLabel)reader.GetInt16(4)));
        }

        return items.ToImmutable();
    }

    private async Task<bool> UpdateAsync(string set, string tenant, string deviceId, long seq, NpgsqlParameter value)
    {
        await using var command = db.CreateCommand($"UPDATE fraud_scores SET {set} WHERE tenant_id = $1 AND device_id = $2 AND seq = $3");
        command.Parameters.Add(Text(tenant));
        command.Parameters.Add(Text(deviceId));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = seq });
        command.Parameters.Add(value);
        return await command.ExecuteNonQueryAsync() > 0;
    }

    private static NpgsqlParameter Label(FraudLabel? label) =>
        new() { Value = label is { } l ? (short)l : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Smallint };
}
