using System.Buffers;
using System.Text.Json;

namespace Monitoring.Fleet.Night;

/// <summary>
/// Serialises batches of <see cref="NightEvent"/> to the ingest body <c>{"events":[...]}</c>:
/// camelCase names, absent values left out, times as ISO 8601 UTC with a <c>Z</c>. The buffer is
/// reused, so a body is valid until the next call; one writer per thread.
/// </summary>
internal sealed class NightEventWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256 * 1024);
    private readonly Utf8JsonWriter _json;

    public NightEventWriter() => _json = new Utf8JsonWriter(_buffer);

    public ReadOnlyMemory<byte> Write(IEnumerable<NightEvent> batch)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        _json.WriteStartArray(NightWireNames.Events);
        foreach (var e in batch)
        {
            WriteEvent(_json, e);
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        return _buffer.WrittenMemory;
    }

    public static void WriteEvent(Utf8JsonWriter json, NightEvent e)
    {
        json.WriteStartObject();
        json.WriteString(NightWireNames.DeviceId, e.DeviceId);
        json.WriteNumber(NightWireNames.Seq, e.Seq);
        json.WriteString(NightWireNames.Ts, e.Ts.UtcDateTime);
        json.WriteString(NightWireNames.Type, e.Type);
        Text(json, NightWireNames.GuardId, e.GuardId);
        Text(json, NightWireNames.SiteId, e.SiteId);
        if (e.ShiftEndsAt is { } endsAt)
        {
            json.WriteString(NightWireNames.ShiftEndsAt, endsAt.UtcDateTime);
        }

        Number(json, NightWireNames.Battery, e.Battery);
        Flag(json, NightWireNames.Charging, e.Charging);
        Number(json, NightWireNames.BatteryTempC, e.BatteryTempC);
        Number(json, NightWireNames.SignalDbm, e.SignalDbm);
        Text(json, NightWireNames.Network, e.Network);
        Number(json, NightWireNames.MemoryPct, e.MemoryPct);
        Number(json, NightWireNames.Lat, e.Lat);
        Number(json, NightWireNames.Lon, e.Lon);
        Number(json, NightWireNames.AccuracyM, e.AccuracyM);
        if (e.Steps is { } steps)
        {
            json.WriteNumber(NightWireNames.Steps, steps);
        }

        Flag(json, NightWireNames.Success, e.Success);
        Text(json, NightWireNames.CheckpointId, e.CheckpointId);
        Text(json, NightWireNames.TaskId, e.TaskId);
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter json, JsonEncodedText name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
    }

    private static void Flag(Utf8JsonWriter json, JsonEncodedText name, bool? value)
    {
        if (value is { } v)
        {
            json.WriteBoolean(name, v);
        }
    }
}
