using Monitoring.Fleet.Night;
using System.Buffers;
using System.Text.Json;

namespace Monitoring.Simulator.Fleet;

/// <summary>
/// Writes telemetry bodies straight to UTF-8 with a reused <see cref="Utf8JsonWriter"/>, so the
/// generator costs little next to the host. One writer per worker: it is not thread-safe.
/// </summary>
internal sealed class BatchWriter
{
    private readonly DeviceFleet _fleet;
    private readonly Random _random;
    private readonly ArrayBufferWriter<byte> _buffer = new(128 * 1024);
    private readonly Utf8JsonWriter _json;

    public BatchWriter(DeviceFleet fleet, int seed)
    {
        _fleet = fleet;
        _random = new Random(seed);
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });
    }

    /// <summary>The body last written.</summary>
    public ReadOnlyMemory<byte> Body => _buffer.WrittenMemory;

    /// <summary>One shift_start (seq 0) for each of <paramref name="count"/> devices from <paramref name="first"/>.</summary>
    public int ShiftStarts(int first, int count, DateTime now)
    {
        Begin();
        for (var i = 0; i < count; i++)
        {
            WriteShiftStart((first + i) % _fleet.Size, now);
        }

        return End(count);
    }

    /// <summary>One shift_end (the next seq) for each of <paramref name="count"/> devices from <paramref name="first"/>.</summary>
    public int ShiftEnds(int first, int count, DateTime now)
    {
        Begin();
        for (var i = 0; i < count; i++)
        {
            var device = (first + i) % _fleet.Size;
            WriteHead(device, _fleet.NextSeq(device), now, Wire.ShiftEnd);
            _json.WriteEndObject();
        }

        return End(count);
    }

    /// <summary>One event per device for <paramref name="count"/> devices from <paramref name="first"/>, in the usual mix.</summary>
    public int Mixed(int first, int count, DateTime now)
    {
        Begin();
        for (var i = 0; i < count; i++)
        {
            var device = (first + i) % _fleet.Size;
            var roll = _random.Next(100);
            var kind = roll switch
            {
                < 80 => EventKind.Heartbeat,
                < 92 => EventKind.Location,
                < 96 => EventKind.Phone,
                < 98 => EventKind.Task,
                _ => EventKind.Checkpoint,
            };
            WriteEvent(device, _fleet.NextSeq(device), now, kind);
        }

        return End(count);
    }

    /// <summary>A batch of one event of <paramref name="kind"/> for <paramref name="device"/> (the feed probes).</summary>
    public int One(int device, EventKind kind, DateTime now)
    {
        Begin();
        WriteEvent(device, _fleet.NextSeq(device), now, kind);
        return End(1);
    }

    /// <summary>Events per guard written by <see cref="ShiftsWithActivity"/>.</summary>
    public static int ShiftEvents(int minutes) => minutes + 2;

    /// <summary>
    /// For each of <paramref name="guards"/> devices from <paramref name="first"/>: a shift start
    /// <paramref name="minutes"/> ago, one fix or phone event in each minute since, then a task and a
    /// heartbeat now, so every guard's window holds that many minutes of data.
    /// </summary>
    public int ShiftsWithActivity(int first, int guards, DateTime now, int minutes)
    {
        Begin();
        for (var i = 0; i < guards; i++)
        {
            var device = (first + i) % _fleet.Size;
            WriteShiftStart(device, now.AddMinutes(-minutes));
            for (var m = minutes - 1; m >= 1; m--)
            {
                WriteEvent(device, _fleet.NextSeq(device), now.AddMinutes(-m), m % 2 == 1 ? EventKind.Location : EventKind.Phone);
            }

            WriteEvent(device, _fleet.NextSeq(device), now, EventKind.Task);
            WriteEvent(device, _fleet.NextSeq(device), now, EventKind.Heartbeat);
        }

        return End(guards * ShiftEvents(minutes));
    }

    /// <summary>Events per guard written by <see cref="ShiftStep"/>.</summary>
    public const int StepEvents = 4;

    /// <summary>
    /// Five minutes of a healthy shift for each of <paramref name="guards"/> devices from
    /// <paramref name="first"/>, ending at <paramref name="end"/>: a heartbeat (battery at
    /// <paramref name="battery"/> %, steady signal and memory), a fix, phone use and a task, one a minute
    /// from four minutes before the end. Nothing in it should raise an alert.
    /// </summary>
    public int ShiftStep(int first, int guards, DateTime end, double battery)
    {
        Begin();
        for (var i = 0; i < guards; i++)
        {
            var device = (first + i) % _fleet.Size;
            WriteHead(device, _fleet.NextSeq(device), end.AddMinutes(-4), Wire.TypeOf(EventKind.Heartbeat));
            _json.WriteNumber(NightWireNames.Battery, Math.Round(battery, 1));
            _json.WriteBoolean(NightWireNames.Charging, false);
            _json.WriteNumber(NightWireNames.SignalDbm, -75);
            _json.WriteString(NightWireNames.Network, Wire.Lte);
            _json.WriteNumber(NightWireNames.MemoryPct, 50);
            _json.WriteEndObject();
            WriteEvent(device, _fleet.NextSeq(device), end.AddMinutes(-3), EventKind.Location);
            WriteEvent(device, _fleet.NextSeq(device), end.AddMinutes(-2), EventKind.Phone);
            WriteEvent(device, _fleet.NextSeq(device), end.AddMinutes(-1), EventKind.Task);
        }

        return End(guards * StepEvents);
    }

    private void Begin()
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        _json.WriteStartArray(NightWireNames.Events);
    }

    private int End(int events)
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        return events;
    }

    // Opens an event object with the fields every event has.
    private void WriteHead(int device, long seq, DateTime ts, JsonEncodedText type)
    {
        _json.WriteStartObject();
        _json.WriteString(NightWireNames.DeviceId, _fleet.DeviceId(device));
        _json.WriteNumber(NightWireNames.Seq, seq);
        _json.WriteString(NightWireNames.Ts, ts);
        _json.WriteString(NightWireNames.Type, type);
    }

    private void WriteShiftStart(int device, DateTime ts)
    {
        WriteHead(device, 0, ts, Wire.ShiftStart);
        _json.WriteString(NightWireNames.GuardId, _fleet.GuardId(device));
        _json.WriteString(NightWireNames.SiteId, _fleet.SiteId(device));
        _json.WriteEndObject();
    }

    private void WriteEvent(int device, long seq, DateTime ts, EventKind kind)
    {
        WriteHead(device, seq, ts, Wire.TypeOf(kind));
        if (kind == EventKind.Heartbeat)
        {
            _json.WriteNumber(NightWireNames.Battery, _random.Next(20, 101));
            _json.WriteBoolean(NightWireNames.Charging, _random.Next(10) == 0);
            _json.WriteNumber(NightWireNames.SignalDbm, -_random.Next(60, 111));
            _json.WriteString(NightWireNames.Network, Wire.Lte);
            _json.WriteNumber(NightWireNames.MemoryPct, _random.Next(30, 81));
        }
        else if (kind == EventKind.Location)
        {
            var (lat, lon) = _fleet.Home(device);
            _json.WriteNumber(NightWireNames.Lat, Math.Round(lat + ((_random.NextDouble() - 0.5) * 0.001), 6));
            _json.WriteNumber(NightWireNames.Lon, Math.Round(lon + ((_random.NextDouble() - 0.5) * 0.001), 6));
            _json.WriteNumber(NightWireNames.AccuracyM, _random.Next(4, 26));
            _json.WriteNumber(NightWireNames.Steps, _random.Next(0, 40));
        }
        else if (kind == EventKind.Task)
        {
            _json.WriteString(NightWireNames.TaskId, Wire.TaskIds[_random.Next(Wire.TaskIds.Length)]);
        }
        else if (kind == EventKind.Checkpoint)
        {
            _json.WriteString(NightWireNames.CheckpointId, Wire.CheckpointIds[_random.Next(Wire.CheckpointIds.Length)]);
        }

        _json.WriteEndObject();
    }
}
