using System.Globalization;
using System.Text.Json.Nodes;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Telemetry;

/// <summary>One generated body and, when the generator knows it, the event and field it spoiled.</summary>
internal sealed record HostileBody(string Kind, byte[] Bytes, int? Index = null, string? Field = null);

/// <summary>
/// Telemetry bodies a hostile or broken device might send, from a seed: random bytes, truncations and
/// byte flips of a valid batch, bad text in one field, garbled property names, values of every wrong
/// type and size, and odd whole bodies.
/// </summary>
internal sealed class HostileBodies(int seed, DateTimeOffset now)
{
    private static readonly string[] TextFields = ["deviceId", "type", "guardId", "siteId", "network", "checkpointId", "taskId", "ts"];
    private static readonly string[] AllFields = [.. TextFields, "seq", "battery", "charging", "lat", "lon", "steps", "success", "shiftEndsAt"];
    private static readonly string[] Types = ["heartbeat", "location", "phone", "task", "checkpoint", "shift_start", "shift_end"];

    private static readonly byte[][] BadText =
    [
        .. new[] { @"\ud800", @"\udc00", @"\udbff\u0041", @"\u0000", @"\u001f", @"\u007f", @"\u0080", @"\u009f", @"\n", @"\t" }.Select(RawBatch.Utf8),
        [0x7F], [0xC2, 0x80], [0xC2, 0x9F], [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0x80], [0xF5, 0x80, 0x80, 0x80],
    ];

    private static readonly string[] OddValues =
    [
        "[]", "{}", "[[1,[2,{\"a\":[]}]]]", "{\"a\":{\"b\":[null]}}", "1e400", "-1e400", "1E-400", "-0", "0.0000001",
        "123456789012345678901234567890", "9223372036854775808", "-9223372036854775809", "\"x\"", "\"\"", "true", "false", "null",
        "\"2026-11-24T10:00:00Z\"", "\"\\ud800\"", "\"\\u0000\"", "3.5", "-1", "\"" + new string('a', 20_000) + "\"", "1" + new string('0', 5000),
    ];

    private static readonly string[] Shapes =
    [
        "", " ", "\r\n\t ", "{}", "[]", "null", "0", "\"events\"", "{\"events\":[]}", "{\"events\":[],\"events\":[]}",
        "{\"events\":null}", "{\"events\":{}}", "{\"events\":[1,\"a\",[],{},null,true]}", "{\"\\u0065vents\":[{}]}", "{\"events\":[]}x",
        "{\"events\":[]}{}", "{\"events\":[] ", "{\"events\":[{\"\\ud800\":1}]}", "{\"\\udc00\":[],\"events\":[{}]}",
    ];

    private readonly Random _random = new(seed);
    private readonly string[] _devices = [.. Enumerable.Range(0, 4).Select(_ => Fresh.Id("fz"))];

    public IEnumerable<HostileBody> Generate(int count)
    {
        foreach (var shape in Shapes)
        {
            yield return new HostileBody("shape", RawBatch.Utf8(shape));
            yield return new HostileBody("shape", [0xEF, 0xBB, 0xBF, .. RawBatch.Utf8(shape)]);
        }

        for (var i = 0; i < count; i++)
        {
            yield return _random.Next(8) switch
            {
                0 => new HostileBody("random", RandomBytes()),
                1 => new HostileBody("truncated", Truncate(RawBatch.Utf8(Batch(out _)))),
                2 or 3 => new HostileBody("flipped", Flip(RawBatch.Utf8(Batch(out _)))),
                4 or 5 => BadTextBody(),
                6 => BadNameBody(),
                _ => OddValueBody(),
            };
        }
    }

    private byte[] RandomBytes()
    {
        var bytes = new byte[_random.Next(300)];
        _random.NextBytes(bytes);
        return _random.Next(2) == 0 ? [.. RawBatch.Utf8("{\"events\":[{\"deviceId\":\""), .. bytes] : bytes;
    }

    private byte[] Truncate(byte[] bytes) => bytes[.._random.Next(bytes.Length)];

    private byte[] Flip(byte[] bytes)
    {
        byte[] interesting = [(byte)'"', (byte)'\\', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', 0x00, 0x7F, 0xFF, 0xC0, 0xED];
        for (var n = 1 + _random.Next(6); n > 0; n--)
        {
            bytes[_random.Next(bytes.Length)] = _random.Next(2) == 0 ? (byte)_random.Next(256) : interesting[_random.Next(interesting.Length)];
        }

        return bytes;
    }

    /// <summary>A valid batch except that one text field of one event holds bad text: that event must be rejected, naming it.</summary>
    private HostileBody BadTextBody()
    {
        var json = Batch(out var events);
        var index = _random.Next(events.Count);
        var field = TextFields[_random.Next(TextFields.Length)];
        var value = events[index][field]?.GetValue<string>() ?? "v";
        var cut = _random.Next(value.Length + 1);
        byte[] raw = [(byte)'"', .. RawBatch.Utf8(value[..cut]), .. BadText[_random.Next(BadText.Length)], .. RawBatch.Utf8(value[cut..]), (byte)'"'];
        events[index][field] = RawBatch.Slot;
        return new HostileBody("text", Splice(events, raw), index, field);
    }

    /// <summary>A valid batch with a garbled property name in one event (ignored, like any unknown name) and at the top.</summary>
    private HostileBody BadNameBody()
    {
        Batch(out var events);
        var index = _random.Next(events.Count);
        events[index]["zz"] = RawBatch.Slot;
        var name = BadText[_random.Next(BadText.Length)];
        byte[] raw = [.. RawBatch.String("x"), (byte)',', (byte)'"', .. name, .. RawBatch.Utf8("\":"), .. RawBatch.Utf8(OddValues[_random.Next(OddValues.Length)])];
        var body = Splice(events, raw);
        return new HostileBody("name", [.. RawBatch.Utf8("{\""), .. name, .. RawBatch.Utf8("\":[1],"), .. body[1..]], index);
    }

    /// <summary>One field of one event holds a value of a wrong type or size, or nested deeper than allowed.</summary>
    private HostileBody OddValueBody()
    {
        Batch(out var events);
        var index = _random.Next(events.Count);
        var depth = _random.Next(4) == 0 ? _random.Next(20, 40) : 0;
        var value = new string('[', depth) + OddValues[_random.Next(OddValues.Length)] + new string(']', depth);
        events[index][AllFields[_random.Next(AllFields.Length)]] = RawBatch.Slot;
        return new HostileBody("value", Splice(events, RawBatch.Utf8(value)));
    }

    private static byte[] Splice(List<JsonObject> events, byte[] raw) => RawBatch.Of(raw, [.. events]);

    /// <summary>A valid batch of 1-6 events of the few test devices, as JSON text.</summary>
    private string Batch(out List<JsonObject> events)
    {
        events = [.. Enumerable.Range(0, 1 + _random.Next(6)).Select(_ => Event())];
        return new JsonObject { ["events"] = new JsonArray([.. events.Select(e => e.DeepClone())]) }.ToJsonString();
    }

    private JsonObject Event()
    {
        var ts = now.AddSeconds(-_random.Next(3600));
        var type = Types[_random.Next(Types.Length)];
        var e = new JsonObject
        {
            ["deviceId"] = _devices[_random.Next(_devices.Length)],
            ["seq"] = _random.Next(1_000_000),
            ["ts"] = Iso.Of(ts),
            ["type"] = type,
            ["guardId"] = "fz-guard-" + _random.Next(4).ToString(CultureInfo.InvariantCulture),
            ["siteId"] = "fz-site",
            ["network"] = "lte",
            ["checkpointId"] = "cp-" + _random.Next(9).ToString(CultureInfo.InvariantCulture),
            ["taskId"] = "task-1",
            ["battery"] = _random.Next(101),
        };
        if (type == "shift_start")
        {
            e["shiftEndsAt"] = Iso.Of(ts.AddHours(8));
        }

        return e;
    }
}
