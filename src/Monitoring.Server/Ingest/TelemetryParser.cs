using System.Buffers;
using System.Text.Json;
using Monitoring.Domain.Telemetry;
using Monitoring.Contracts.Json;

namespace Monitoring.Server.Ingest;

/// <summary>
/// Reads a telemetry batch with a forward-only JSON reader: no DOM, no reflection. A body that is
/// not <c>{ "events": [...] }</c> is malformed; inside the array, an element of the wrong shape or a
/// field of the wrong type rejects only that event, and so does a string that is not clean text
/// (control characters, invalid UTF-8, a lone surrogate). A property name that is not clean text is
/// never one the contract knows, so it is ignored like any unknown property. Whatever the bytes,
/// parsing never throws: strings are decoded by <see cref="JsonText"/>, not by the reader.
/// </summary>
internal static class TelemetryParser
{
    public const int MaxEvents = 5000;

    /// <summary>Longer than any text field may be: a longer value is decoded on a rarer, rented path.</summary>
    private const int MaxText = 128;

    /// <summary>Longer than any property name of the contract.</summary>
    private const int MaxName = 16;

    public static ParsedBatch Parse(ReadOnlySpan<byte> json, in IngestScope scope)
    {
        var batch = new ParsedBatch();

        // Tolerated as System.Text.Json's own readers tolerate it; Utf8JsonReader alone does not.
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

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
                var isEvents = NameIs(ref reader, "events");
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
                if (!ReadEvents(ref reader, batch, in scope))
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

    private static bool ReadEvents(ref Utf8JsonReader reader, ParsedBatch batch, in IngestScope scope)
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
            if (EventValidator.Validate(in raw, in scope, out var error, out var field) is { } valid)
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
            case "siteId": e.SiteId = Text(ref reader, name, ref e, pooled: true); break;
            case "battery": e.Battery = Number(ref reader, name, ref e); break;
            case "charging": e.Charging = Bool(ref reader, name, ref e); break;
            case "batteryTempC": e.BatteryTempC = Number(ref reader, name, ref e); break;
            case "signalDbm": e.SignalDbm = Number(ref reader, name, ref e); break;
            case "network": e.Network = Text(ref reader, name, ref e, pooled: true); break;
            case "memoryPct": e.MemoryPct = Number(ref reader, name, ref e); break;
            case "lat": e.Lat = Number(ref reader, name, ref e); break;
            case "lon": e.Lon = Number(ref reader, name, ref e); break;
            case "accuracyM": e.AccuracyM = Number(ref reader, name, ref e); break;
            case "steps": e.Steps = (int?)Int64(ref reader, name, ref e, int.MaxValue); break;
            case "success": e.Success = Bool(ref reader, name, ref e); break;
            case "checkpointId": e.CheckpointId = Text(ref reader, name, ref e, pooled: true); break;
            case "taskId": e.TaskId = Text(ref reader, name, ref e, pooled: true); break;
            case "shiftEndsAt": e.ShiftEndsAt = Time(ref reader, name, ref e); break;
        }
    }

    /// <summary>
    /// The contract's name for a property (a constant, so reading names allocates nothing), or null
    /// for a property the contract does not know. Escaped names compare unescaped.
    /// </summary>
    private static string? FieldName(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[MaxName];
        if (JsonText.Decode(reader.ValueSpan, reader.ValueIsEscaped, buffer, out var length) != TextStatus.Ok)
        {
            return null;
        }

        return buffer[..length] switch
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

    private static bool NameIs(ref Utf8JsonReader reader, string name)
    {
        Span<char> buffer = stackalloc char[MaxName];
        return JsonText.Decode(reader.ValueSpan, reader.ValueIsEscaped, buffer, out var length) == TextStatus.Ok
            && buffer[..length].SequenceEqual(name);
    }

    /// <summary>A known event type as its constant wire name (no allocation); anything else as read.</summary>
    private static string? TypeName(ref Utf8JsonReader reader, string name, ref RawEvent e)
    {
        Span<char> buffer = stackalloc char[MaxText];
        return Chars(ref reader, name, ref e, buffer, out var length) switch
        {
            TextStatus.Ok => EventTypes.TryParse(buffer[..length], out var type) ? type.ToWire() : new string(buffer[..length]),
            TextStatus.TooLong => LongText(ref reader, name, ref e),
            _ => null,
        };
    }

    /// <summary>
    /// A string field, decoded once into a stack buffer and checked there. <paramref name="pooled"/>:
    /// a field whose values repeat across events, through <see cref="TextPool"/>.
    /// </summary>
    private static string? Text(ref Utf8JsonReader reader, string name, ref RawEvent e, bool pooled = false)
    {
        Span<char> buffer = stackalloc char[MaxText];
        return Chars(ref reader, name, ref e, buffer, out var length) switch
        {
            TextStatus.Ok => pooled ? TextPool.Get(buffer[..length]) : new string(buffer[..length]),
            TextStatus.TooLong => LongText(ref reader, name, ref e),
            _ => null,
        };
    }

    /// <summary>
    /// Decodes the current token into <paramref name="buffer"/>; fails the event (and answers
    /// <see cref="TextStatus.Invalid"/>) when it is not a string of clean text.
    /// </summary>
    private static TextStatus Chars(ref Utf8JsonReader reader, string name, ref RawEvent e, scoped Span<char> buffer, out int length)
    {
        length = 0;
        if (reader.TokenType != JsonTokenType.String)
        {
            e.Fail(name, $"{name}: must be a string");
            return TextStatus.Invalid;
        }

        var status = JsonText.Decode(reader.ValueSpan, reader.ValueIsEscaped, buffer, out length);
        if (status == TextStatus.Ok && JsonText.HasControl(buffer[..length]))
        {
            e.Fail(name, $"{name}: must not contain control characters");
            return TextStatus.Invalid;
        }

        if (status == TextStatus.Invalid)
        {
            e.Fail(name, $"{name}: must be well-formed Unicode text (valid UTF-8, no lone surrogate)");
        }

        return status;
    }

    /// <summary>A string longer than any field allows: decoded in a rented buffer so the validator can name its rule.</summary>
    private static string? LongText(ref Utf8JsonReader reader, string name, ref RawEvent e)
    {
        var rented = ArrayPool<char>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            return Chars(ref reader, name, ref e, rented, out var length) == TextStatus.Ok ? new string(rented, 0, length) : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
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
        if (reader.TokenType == JsonTokenType.String)
        {
            // The reader unescapes a time itself and throws on a lone surrogate: such text is refused first.
            if (reader.ValueIsEscaped)
            {
                Span<char> buffer = stackalloc char[MaxText];
                var status = Chars(ref reader, name, ref e, buffer, out _);
                if (status == TextStatus.Invalid)
                {
                    return null;
                }

                if (status == TextStatus.TooLong)
                {
                    e.Fail(name, $"{name}: must be an ISO-8601 date-time");
                    return null;
                }
            }

            if (IsoTime.TryRead(ref reader, out var value))
            {
                return value;
            }
        }

        e.Fail(name, $"{name}: must be an ISO-8601 date-time");
        return null;
    }
}
