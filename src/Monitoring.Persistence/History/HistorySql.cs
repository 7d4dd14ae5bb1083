using System.Text.Json;
using Monitoring.Contracts.Json;
using Npgsql;
using NpgsqlTypes;

namespace Monitoring.Persistence.History;

/// <summary>The parameters and reads every history table shares: text, time, the wire document, a limit.</summary>
internal static class HistorySql
{
    public static NpgsqlParameter Text(string? value) =>
        new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    public static NpgsqlParameter Time(DateTimeOffset? value) =>
        new() { Value = value is { } v ? v.UtcDateTime : DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz };

    /// <summary>The entity as the API shows it, for the <c>doc</c> column.</summary>
    public static NpgsqlParameter Doc<T>(T value) =>
        new() { Value = JsonSerializer.Serialize(value, WireJson.Options), NpgsqlDbType = NpgsqlDbType.Jsonb };

    public static NpgsqlParameter Limit(int value) => new NpgsqlParameter<int> { TypedValue = value };

    /// <summary>Runs a query whose first column is <c>doc::text</c> and maps each row.</summary>
    public static async Task<List<T>> ReadDocsAsync<T>(NpgsqlCommand command, Func<string, T> map)
    {
        var items = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(map(reader.GetString(0)));
        }

        return items;
    }
}
