using System.Text.Json;
using Monitoring.Domain.Telemetry;
using Monitoring.Contracts.Json;

namespace Monitoring.Server.Ingest;

/// <summary>
/// Reads a telemetry batch with a forward-only JSON reader: no DOM, no reflection. A body that is
/// not <c>{ "events": [...] }</c> is malformed; inside the array, an element of the wrong shape or a
/// field of the wrong type rejects only that event.
/// </summary>
internal static class TelemetryParser
{
    public const int MaxEvents = 5000;
    private const int ShortText = 32;

    public static ParsedBatch Parse(ReadOnlySpan<byte> json, DateTimeOffset now)
    {
        var batch = new ParsedBatch();
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 32 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                batch.Malformed = "The body must be a JSON object with an 'events' array.";
                return batch;
            }

            var sawEvents = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isEvents = reader.ValueTextEquals("events"u8);
                reader.Read();
                if (!isEvents)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    batch.Malformed = "'events' must be an array.";
                    return batch;
                }

                // A repeated key would restart the indices and let two arrays pass the event limit together.
                if (sawEvents)
                {
                    batch.Malformed = "The body must have one 'events' array.";
                    return batch;
                }

                sawEvents = true;
                if (!ReadEvents(ref reader, batch, now))
                {
                    return batch;
                }
            }

            if (!reader.IsFinalBlock || reader.Read())
            {
                batch.Malformed = "Unexpected content after the batch object.";
            }
            else if (!sawEvents)
            {
                batch.Malformed = "The body must have an 'events' array.";
            }
        }
        catch (JsonException e)
        {
            batch.Malformed = $"Malformed JSON: {e.Message}";
        }

        return batch;
    }

    private static bool ReadEvents(ref Utf8JsonReader reader, ParsedBatch batch, DateTimeOffset now)
    {
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (index == MaxEvents)
            {
                batch.TooManyEvents = true;
                return false;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                batch.Rejected.Add(new Rejection(index++, "event: must be a JSON object", "event"));
                continue;
            }

            var raw = ReadEvent(ref reader);
            if (EventValidator.Validate(in raw, now, out var error, out var field) is { } valid)
            {
                batch.Events.Add(valid);
            }
            else
            {
                batch.Rejected.Add(new Rejection(index, error!, field));
            }

            index++;
        }

        return true;
    }

    private static RawEvent ReadEvent(ref Utf8JsonReader reader)
    {
        var e = new RawEvent();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = FieldName(ref reader);
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            if (name is not null)
            {
                ReadField(ref reader, name, ref e);
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return e;
    }

    private static void ReadField(ref Utf8JsonReader reader, string name, ref RawEvent e)
    {
        switch (name)
        {
            case "deviceId": e.DeviceId = Text(ref reader, name, ref e); break;
            case "seq": e.Seq = Int64(ref reader, name, ref e); break;
            case "ts": e.Ts = Time(ref reader, name, ref e); break;
            case "type": e.Type = TypeName(ref reader, name, ref e); break;
            case "guardId": e.GuardId = Text(ref reader, name, ref e); break;
            case "siteId": e.SiteId = PooledText(ref reader, name, ref e); break;
            case "battery": e.Battery = Number(ref reader, name, ref e); break;
            case "charging": e.Charging = Bool(ref reader, name, ref e); break;
            case "batteryTempC": e.BatteryTempC = Number(ref reader, name, ref e); break;
            case "signalDbm": e.SignalDbm = Number(ref reader, name, ref e); break;
            case "network": e.Network = PooledText(ref reader, name, ref e); break;
            case "memoryPct": e.MemoryPct = Number(ref reader, name, ref e); break;
            case "lat": e.Lat = Number(ref reader, name, ref e); break;
            case "lon": e.Lon = Number(ref reader, name, ref e); break;
            case "accuracyM": e.AccuracyM = Number(ref reader, name, ref e); break;
            case "steps": e.Steps = (int?)Int64(ref reader, name, ref e, int.MaxValue); break;
            case "success": e.Success = Bool(ref reader, name, ref e); break;
            case "checkpointId": e.CheckpointId = PooledText(ref reader, name, ref e); break;
            case "taskId": e.TaskId = PooledText(ref reader, name, ref e); break;
            case "shiftEndsAt": e.ShiftEndsAt = Time(ref reader, name, ref e); break;
        }
    }

    /// <summary>
    /// The contract's name for a property (a constant, so reading names allocates nothing), or null
    /// for a property the contract does not know. Escaped names compare unescaped.
    /// </summary>
    private static string? FieldName(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[ShortText];
        ReadOnlySpan<char> name = RawLength(ref reader) <= ShortText ? buffer[..reader.CopyString(buffer)] : reader.GetString();
        return name switch
        {
            "deviceId" => "deviceId",
            "seq" => "seq",
            "ts" => "ts",
            "type" => "type",
            "guardId" => "guardId",
            "siteId" => "siteId",
            "battery" => "battery",
            "charging" => "charging",
            "batteryTempC" => "batteryTempC",
            "signalDbm" => "signalDbm",
            "network" => "network",
            "memoryPct" => "memoryPct",
            "lat" => "lat",
            "lon" => "lon",
            "accuracyM" => "accuracyM",
            "steps" => "steps",
            "success" => "success",
            "checkpointId" => "checkpointId",
            "taskId" => "taskId",
            "shiftEndsAt" => "shiftEndsAt",
            _ => null,
        };
    }

    /// <summary>A known event type as its constant wire name (no allocation); anything else as read.</summary>
    private static string? TypeName(ref Utf8JsonReader reader, string name, ref RawEvent e)
    {
        if (reader.TokenType == JsonTokenType.String && RawLength(ref reader) <= ShortText)
        {
            Span<char> buffer = stackalloc char[ShortText];
            if (EventTypes.TryParse(buffer[..reader.CopyString(buffer)], out var type))
            {
                return type.ToWire();
            }
        }

        return Text(ref reader, name, ref e);
    }

    /// <summary>The token's length in bytes as written, escapes included: never less than its length in chars.</summary>
    private static long RawLength(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;

    private static string? Text(ref Utf8JsonReader reader, string name, ref RawEvent e)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        e.Fail(name, $"{name}: must be a string");
        return null;
    }

    /// <summary>A string field whose values repeat across events, through <see cref="TextPool"/>.</summary>
    private static string? PooledText(ref Utf8JsonReader reader, string name, ref RawEvent e)
    {
        if (reader.TokenType == JsonTokenType.String && RawLength(ref reader) <= TextPool.MaxLength)
        {
            Span<char> buffer = stackalloc char[TextPool.MaxLength];
            return TextPool.Get(buffer[..reader.CopyString(buffer)]);
        }

        return Text(ref reader, name, ref e);
    }

    private static long? Int64(ref Utf8JsonReader reader, string name, ref RawEvent e, long max = long.MaxValue)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) && value <= max)
        {
            return value;
        }

        e.Fail(name, $"{name}: must be an integer");
        return null;
    }

    private static double? Number(ref Utf8JsonReader reader, string name, ref RawEvent e)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) && double.IsFinite(value))
        {
            return value;
        }

        e.Fail(name, $"{name}: must be a number");
        return null;
    }

    private static bool? Bool(ref Utf8JsonReader reader, string name, ref RawEvent e)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            return reader.GetBoolean();
        }

        e.Fail(name, $"{name}: must be true or false");
        return null;
    }

    private static DateTimeOffset? Time(ref Utf8JsonReader reader, string name, ref RawEvent e)
    {
        if (reader.TokenType == JsonTokenType.String && IsoTime.TryRead(ref reader, out var value))
        {
            return value;
        }

        e.Fail(name, $"{name}: must be an ISO-8601 date-time");
        return null;
    }
}
