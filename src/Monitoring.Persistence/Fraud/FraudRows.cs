using System.Collections.Immutable;
using Monitoring.Contracts.Fraud;
using Monitoring.Domain.Fraud;
using Monitoring.Domain.Telemetry;
using Npgsql;
using NpgsqlTypes;

namespace Monitoring.Persistence.Fraud;

/// <summary>The parameters and the row reader of <c>fraud_scores</c>.</summary>
internal static class FraudRows
{
    public const string Columns =
        "guard_id, site_id, device_id, seq, at, event_type, score, rule_score, model_version, features, top_features, top_weights, alert_id, label";

    public static NpgsqlParameter Text(string? value) =>
        new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    public static NpgsqlParameter Time(DateTimeOffset value) =>
        new NpgsqlParameter<DateTime> { TypedValue = value.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz };

    public static DateTimeOffset At(NpgsqlDataReader reader, int ordinal) => new(reader.GetDateTime(ordinal), TimeSpan.Zero);

    public static FraudScore ReadScore(NpgsqlDataReader reader)
    {
        var names = reader.GetFieldValue<string[]>(10);
        var weights = reader.GetFieldValue<double[]>(11);
        var top = ImmutableArray.CreateBuilder<FraudContribution>(Math.Min(names.Length, weights.Length));
        for (var i = 0; i < top.Capacity; i++)
        {
            top.Add(new FraudContribution(names[i], weights[i]));
        }

        _ = EventTypes.TryParse(reader.GetString(5), out var type);
        return new FraudScore(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), At(reader, 4), type,
            reader.GetDouble(6), reader.GetDouble(7), reader.GetString(8), [.. reader.GetFieldValue<double[]>(9)],
            top.MoveToImmutable(),
            reader.IsDBNull(12) ? null : reader.GetString(12),
            reader.IsDBNull(13) ? null : (FraudLabel)reader.GetInt16(13));
    }
}
