using System.Text.Json;
using Monitoring.Server.Json;

namespace Monitoring.Server.Ingest;

/// <summary>
/// Reads a telemetry batch with a forward-only JSON reader: no DOM, no reflection. A body that is
/// not <c>{ "events": [...] }</c> is malformed; inside the array, an element of the wrong shape or a
/// field of the wrong type rejects only that event.
/// </summary>
internal static class TelemetryParser
{
    public const int MaxEvents = 5000;

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
            if (EventValidator.Validate(raw, now, out var error, out var field) is { } valid)
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
            var name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            ReadField(ref reader, name, e);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return e;
    }

    private static void ReadField(ref Utf8JsonReader reader, string name, RawEvent e)
    {
        switch (name)
        {
            case "deviceId": e.DeviceId = Text(ref reader, name, e); break;
            case "seq": e.Seq = Int64(ref reader, name, e); break;
            case "ts": e.Ts = Time(ref reader, name, e); break;
            case "type": e.Type = Text(ref reader, name, e); break;
            case "guardId": e.GuardId = Text(ref reader, name, e); break;
            case "siteId": e.SiteId = Text(ref reader, name, e); break;
            case "battery": e.Battery = Number(ref reader, name, e); break;
            case "charging": e.Charging = Bool(ref reader, name, e); break;
            case "batteryTempC": e.BatteryTempC = Number(ref reader, name, e); break;
            case "signalDbm": e.SignalDbm = Number(ref reader, name, e); break;
            case "network": e.Network = Text(ref reader, name, e); break;
            case "memoryPct": e.MemoryPct = Number(ref reader, name, e); break;
            case "lat": e.Lat = Number(ref reader, name, e); break;
            case "lon": e.Lon = Number(ref reader, name, e); break;
            case "accuracyM": e.AccuracyM = Number(ref reader, name, e); break;
            case "steps": e.Steps = (int?)Int64(ref reader, name, e, int.MaxValue); break;
            case "success": e.Success = Bool(ref reader, name, e); break;
            case "checkpointId": e.CheckpointId = Text(ref reader, name, e); break;
            case "taskId": e.TaskId = Text(ref reader, name, e); break;
        }
    }

    private static string? Text(ref Utf8JsonReader reader, string name, RawEvent e)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        e.Fail(name, $"{name}: must be a string");
        return null;
    }

    private static long? Int64(ref Utf8JsonReader reader, string name, RawEvent e, long max = long.MaxValue)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) && value <= max)
        {
            return value;
        }

        e.Fail(name, $"{name}: must be an integer");
        return null;
    }

    private static double? Number(ref Utf8JsonReader reader, string name, RawEvent e)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) && double.IsFinite(value))
        {
            return value;
        }

        e.Fail(name, $"{name}: must be a number");
        return null;
    }

    private static bool? Bool(ref Utf8JsonReader reader, string name, RawEvent e)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            return reader.GetBoolean();
        }

        e.Fail(name, $"{name}: must be true or false");
        return null;
    }

    private static DateTimeOffset? Time(ref Utf8JsonReader reader, string name, RawEvent e)
    {
        if (reader.TokenType == JsonTokenType.String && IsoTime.TryRead(ref reader, out var value))
        {
            return value;
        }

        e.Fail(name, $"{name}: must be an ISO-8601 date-time");
        return null;
    }
}
