using System.Text.Json;
using Monitoring.Contracts.Json;
using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;
using Npgsql;

namespace Monitoring.Persistence.Notifications;

/// <summary>The outbox row and the message it stores, both ways.</summary>
internal static class OutboxRows
{
    public static string MessageJson(OutboundNotification message) =>
        JsonSerializer.Serialize(message with { Channel = message.Channel with { Secret = null } }, WireJson.Options);

    public static string StatusName(DeliveryStatus status) => WireNames.Of(status);

    /// <summary>Reads <see cref="OutboxSql.RowColumns"/> from the reader's current row.</summary>
    public static LeasedNotification ReadLeased(NpgsqlDataReader reader)
    {
        var message = JsonSerializer.Deserialize<OutboundNotification>(reader.GetString(0), WireJson.Options)
            ?? throw new InvalidOperationException("An outbox row holds no message.");
        if (!reader.IsDBNull(1))
        {
            message = message with { Channel = message.Channel with { Secret = reader.GetString(1) } };
        }

        var status = Enum.GetValues<DeliveryStatus>().First(s => StatusName(s) == reader.GetString(2));
        var delivery = message.ToDelivery() with
        {
            Status = status,
            Attempts = reader.GetInt32(3),
            LastError = reader.IsDBNull(4) ? null : reader.GetString(4),
            UpdatedAt = reader.GetFieldValue<DateTimeOffset>(5),
            SentAt = reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
        };
        return new LeasedNotification(message, delivery);
    }
}
