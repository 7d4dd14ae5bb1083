using System.Buffers;
using System.Text.Json;
using Monitoring.Contracts.Json;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;

namespace Monitoring.Server.Ingest;

/// <summary>
/// Reads one property name or value of an event for <see cref="TelemetryParser"/>. A value of the
/// wrong type or a string that is not clean text (control characters, invalid UTF-8, a lone
/// surrogate) fails the event, naming the field. Strings are decoded by <see cref="JsonText"/>,
/// never by the reader's <c>GetString</c>/<c>CopyString</c>, which throw on such bytes.
/// </summary>
internal static class FieldReader
{
    /// <summary>Longer than any text field may be: a longer value is decoded on a rarer, rented path.</summary>
    private const int MaxText = 128;

    /// <summary>Longer than any property name of the contract (a test holds the schema to it).</summary>
    internal const int MaxName = 16;

    /// <summary>
    /// The contract's name for a property (a constant of <see cref="TelemetrySchema"/>, so reading
    /// names allocates nothing), or null for a property the contract does not know. Escaped names
    /// compare unescaped. A switch over constants rather than a lookup in the schema's field list:
    /// this runs for every property of every event.
    /// </summary>
    public static string? FieldName(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[MaxName];
        if (JsonText.Decode(reader.ValueSpan, reader.ValueIsEscaped, buffer, out var length) != TextStatus.Ok)
        {
            return null;
        }

        return buffer[..length] switch
        {
            TelemetrySchema.DeviceId => TelemetrySchema.DeviceId,
            TelemetrySchema.Seq => TelemetrySchema.Seq,
            TelemetrySchema.Ts => TelemetrySchema.Ts,
            TelemetrySchema.Type => TelemetrySchema.Type,
            TelemetrySchema.GuardId => TelemetrySchema.GuardId,
            TelemetrySchema.SiteId => TelemetrySchema.SiteId,
            TelemetrySchema.Battery => TelemetrySchema.Battery,
            TelemetrySchema.Charging => TelemetrySchema.Charging,
            TelemetrySchema.BatteryTempC => TelemetrySchema.BatteryTempC,
            TelemetrySchema.SignalDbm => TelemetrySchema.SignalDbm,
            TelemetrySchema.Network => TelemetrySchema.Network,
            TelemetrySchema.MemoryPct => TelemetrySchema.MemoryPct,
            TelemetrySchema.Lat => TelemetrySchema.Lat,
            TelemetrySchema.Lon => TelemetrySchema.Lon,
            TelemetrySchema.AccuracyM => TelemetrySchema.AccuracyM,
            TelemetrySchema.Steps => TelemetrySchema.Steps,
            TelemetrySchema.Success => TelemetrySchema.Success,
            TelemetrySchema.CheckpointId => TelemetrySchema.CheckpointId,
            TelemetrySchema.TaskId => TelemetrySchema.TaskId,
            TelemetrySchema.ShiftEndsAt => TelemetrySchema.ShiftEndsAt,
            _ => null,
        };
    }

    public static bool NameIs(ref Utf8JsonReader reader, string name)
    {
        Span<char> buffer = stackalloc char[MaxName];
        return JsonText.Decode(reader.ValueSpan, reader.ValueIsEscaped, buffer, out var length) == TextStatus.Ok
            && buffer[..length].SequenceEqual(name);
    }

    /// <summary>A known event type as its constant wire name (no allocation); anything else as read.</summary>
    public static string? TypeName(ref Utf8JsonReader reader, string name, ref RawEvent e)
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
    public static string? Text(ref Utf8JsonReader reader, string name, ref RawEvent e, bool pooled = false)
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

    public static long? Int64(ref Utf8JsonReader reader, string name, ref RawEvent e, long max = long.MaxValue)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) && value <= max)
        {
            return value;
        }

        e.Fail(name, $"{name}: must be an integer");
        return null;
    }

    public static double? Number(ref Utf8JsonReader reader, string name, ref RawEvent e)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) && double.IsFinite(value))
        {
            return value;
        }

        e.Fail(name, $"{name}: must be a number");
        return null;
    }

    public static bool? Bool(ref Utf8JsonReader reader, string name, ref RawEvent e)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            return reader.GetBoolean();
        }

        e.Fail(name, $"{name}: must be true or false");
        return null;
    }

    public static DateTimeOffset? Time(ref Utf8JsonReader reader, string name, ref RawEvent e)
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
