using System.Text.Json;
using Monitoring.Contracts.Telemetry;

namespace Monitoring.Server.Ingest;

/// <summary>
/// Reads a telemetry batch with a forward-only JSON reader: no DOM, no reflection. A body that is
/// not <c>{ "events": [...] }</c> is malformed; inside the array, an element of the wrong shape or a
/// field of the wrong type rejects only that event, and so does a string that is not clean text
/// (control characters, invalid UTF-8, a lone surrogate). A property name that is not clean text is
/// never one the contract knows, so it is ignored like any unknown property. Whatever the bytes,
/// parsing never throws (see <see cref="FieldReader"/>).
/// </summary>
internal static class TelemetryParser
{
    public const int MaxEvents = 5000;

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
                var isEvents = FieldReader.NameIs(ref reader, TelemetrySchema.Events);
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
            var name = FieldReader.FieldName(ref reader);
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
            case TelemetrySchema.DeviceId: e.DeviceId = FieldReader.Text(ref reader, name, ref e); break;
            case TelemetrySchema.Seq: e.Seq = FieldReader.Int64(ref reader, name, ref e); break;
            case TelemetrySchema.Ts: e.Ts = FieldReader.Time(ref reader, name, ref e); break;
            case TelemetrySchema.Type: e.Type = FieldReader.TypeName(ref reader, name, ref e); break;
            case TelemetrySchema.GuardId: e.GuardId = FieldReader.Text(ref reader, name, ref e); break;
            case TelemetrySchema.SiteId: e.SiteId = FieldReader.Text(ref reader, name, ref e, pooled: true); break;
            case TelemetrySchema.Battery: e.Battery = FieldReader.Number(ref reader, name, ref e); break;
            case TelemetrySchema.Charging: e.Charging = FieldReader.Bool(ref reader, name, ref e); break;
            case TelemetrySchema.BatteryTempC: e.BatteryTempC = FieldReader.Number(ref reader, name, ref e); break;
            case TelemetrySchema.SignalDbm: e.SignalDbm = FieldReader.Number(ref reader, name, ref e); break;
            case TelemetrySchema.Network: e.Network = FieldReader.Text(ref reader, name, ref e, pooled: true); break;
            case TelemetrySchema.MemoryPct: e.MemoryPct = FieldReader.Number(ref reader, name, ref e); break;
            case TelemetrySchema.Lat: e.Lat = FieldReader.Number(ref reader, name, ref e); break;
            case TelemetrySchema.Lon: e.Lon = FieldReader.Number(ref reader, name, ref e); break;
            case TelemetrySchema.AccuracyM: e.AccuracyM = FieldReader.Number(ref reader, name, ref e); break;
            case TelemetrySchema.Steps: e.Steps = (int?)FieldReader.Int64(ref reader, name, ref e, int.MaxValue); break;
            case TelemetrySchema.Success: e.Success = FieldReader.Bool(ref reader, name, ref e); break;
            case TelemetrySchema.CheckpointId: e.CheckpointId = FieldReader.Text(ref reader, name, ref e, pooled: true); break;
            case TelemetrySchema.TaskId: e.TaskId = FieldReader.Text(ref reader, name, ref e, pooled: true); break;
            case TelemetrySchema.ShiftEndsAt: e.ShiftEndsAt = FieldReader.Time(ref reader, name, ref e); break;
        }
    }
}
