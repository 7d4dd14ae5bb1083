using System.Globalization;
using System.Text;

namespace Monitoring.Tests.Shared.Hostile;

/// <summary>
/// Ingest batches whose every event breaks one rule of the event table (docs/api.md), for tenant A's real
/// devices; and batches that are not a batch at all (malformed, wrong kinds, too many, too big).
/// </summary>
internal static class TelemetryVariants
{
    private const string Path = "api/v1/telemetry";

    public static void Generate(HostileContext context)
    {
        // One kind of defect per batch (one field, escapes apart), so a failing class points at its cause.
        var bad = BadFields(context.Now).GroupBy(f => (f.Field, Escaped(f.Value))).Select(g => g.ToList()).ToList();
        for (var i = 0; i < 600; i++)
        {
            var category = context.Pick(bad);
            var count = 1 + context.Random.Next(5);
            var events = Enumerable.Range(0, count).Select(_ => context.Pick(category)).Select(f => Event(context, f.Field, f.Value)).ToList();
            var kind = "event:" + category[0].Field + (Escaped(category[0].Value) ? ":escaped-char" : "");
            Add(context, kind, "{\"events\":[" + string.Join(",", events) + "]}", count);
        }

        foreach (var element in new[] { "1", "null", "\"x\"", "[]", "true", HostileValues.Deep, HostileValues.DeepObject })
        {
            Add(context, "event:not-an-object", "{\"events\":[" + element + "]}", 1);
        }

        foreach (var events in new[] { "null", "1", "\"x\"", "{}", "true" })
        {
            Add(context, "batch:events-not-array", "{\"events\":" + events + "}", -1);
        }

        Add(context, "batch:empty-events", "{\"events\":[]}", 0);
        Add(context, "batch:two-events-arrays", "{\"events\":[],\"events\":[]}", -1);
        Add(context, "batch:no-events", "{\"evnts\":[]}", -1);
        Add(context, "batch:unknown-top-level", "{\"zzz\":{\"a\":[1,2]},\"events\":[" + Event(context, "seq", "-1") + "],\"x\":1}", 1);
        foreach (var text in HostileValues.Malformed.Concat(HostileValues.Roots).Append(HostileValues.Deep).Append(HostileValues.DeepObject).Append(""))
        {
            Add(context, "batch:malformed", text, text == "{}" ? -1 : -1);
        }

        var many = string.Join(",", Enumerable.Range(0, 5001).Select(_ => Event(context, "seq", "-1")));
        Add(context, "batch:too-many-events", "{\"events\":[" + many + "]}", 5001);
        var big = Event(context, "network", "\"" + new string('n', 5 << 20) + "\"");
        Add(context, "batch:too-big", "{\"events\":[" + big + "]}", 1);
        var invalidUtf8 = Encoding.UTF8.GetBytes("{\"events\":[" + Event(context, "network", "\"a\u0001b\"") + "]}")
            .Select(b => b == 1 ? (byte)0xFF : b).ToArray();
        context.Add(Request(context, "event:invalid-utf8", invalidUtf8, 1));
        context.Add(Request(context, "batch:bom", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"events\":[" + Event(context, "seq", "-1") + "]}")], 1));
        foreach (var type in new[] { "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=utf-16" })
        {
            context.Add(Request(context, "batch:content-type", Encoding.UTF8.GetBytes("{\"events\":[" + Event(context, "seq", "-1") + "]}"), 1)
                with { ContentType = type });
        }
    }

    private static void Add(HostileContext context, string kind, string json, int badEvents) =>
        context.Add(Request(context, kind, Encoding.UTF8.GetBytes(json), badEvents));

    private static HostileRequest Request(HostileContext context, string kind, byte[] body, int badEvents) =>
        new(HostileEndpoints.Telemetry.Name, kind, HttpMethod.Post, Path, context.KeyA(HostileEndpoints.Ingest))
        {
            Body = body,
            ContentType = "application/json",
            BadEvents = badEvents,
            Mutating = true,
        };

    /// <summary>A heartbeat (or a shift start, for the fields only it has) of one of A's devices with <paramref name="field"/> set to <paramref name="value"/>.</summary>
    private static string Event(HostileContext context, string field, string value)
    {
        var device = context.A.Devices.Count > 0 ? context.Pick(context.A.Devices) : "hxa-dev-1";
        var fields = new List<(string Name, string Raw)>
        {
            ("deviceId", Quote(device)),
            ("seq", (1_000_000 + context.Random.Next(1_000_000)).ToString(CultureInfo.InvariantCulture)),
            ("ts", Quote(Iso(context.Now.AddMinutes(-1)))),
            ("type", field is "shiftEndsAt" or "guardId" or "siteId" || value == "shift_start" ? "\"shift_start\"" : "\"heartbeat\""),
        };
        if (fields[3].Raw == "\"shift_start\"")
        {
            fields.Add(("guardId", Quote(context.A.Guards.Count > 0 ? context.Pick(context.A.Guards) : "hxa-g-1")));
            fields.Add(("siteId", Quote(context.A.Sites.Count > 0 ? context.Pick(context.A.Sites) : "hxa-site-1")));
        }

        if (field is "lat" or "lon")
        {
            fields.Add((field == "lat" ? "lon" : "lat", "2.0"));
        }

        fields.RemoveAll(f => f.Name == field);
        if (value != "<missing>")
        {
            fields.Add((field, value));
        }

        return BodyVariants.Json(fields);
    }

    private static List<(string Field, string Value)> BadFields(DateTimeOffset now)
    {
        var list = new List<(string, string)>();
        void Each(string field, params string[] values) => list.AddRange(values.Select(v => (field, v)));
        string[] badText = ["\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udc00\"", "\"\\u001b[2J\"", "5", "{}", "[]"];
        string[] badId = ["\"\"", "\"a b\"", "\"a/b\"", "\"\\u00fc\"", Quote(new string('i', 65)), .. badText];
        Each("deviceId", ["null", "<missing>", .. badId]);
        Each("seq", "-1", "null", "<missing>", "\"1\"", "1.5", "1e30", "9223372036854775808", "true", "-9223372036854775809");
        Each("ts", ["null", "<missing>", Quote(Iso(now.AddHours(1))), Quote(Iso(now.AddDays(-400))), "\"0001-01-01T00:00:00Z\"",
            "\"9999-12-31T23:59:59Z\"", .. HostileValues.BadTimes]);
        Each("type", ["null", "<missing>", "\"\"", "\"HEARTBEAT\"", "\"unknown\"", .. badText]);
        Each("guardId", ["<missing>", .. badId]);
        Each("siteId", ["<missing>", .. badId]);
        Each("battery", "-1", "101", "\"50\"", "1e400", "true", "-0.0001");
        Each("charging", HostileValues.BadBools);
        Each("batteryTempC", "-41", "101", "\"20\"");
        Each("signalDbm", "1", "-151", "\"-80\"");
        Each("memoryPct", "-0.1", "100.1");
        Each("lat", "91", "-91", "\"48\"");
        Each("lon", "181", "-181");
        Each("accuracyM", "-1", "\"5\"");
        Each("steps", "-1", "1.5", "2147483648", "\"10\"");
        Each("success", "true", "\"yes\"");
        Each("network", [Quote(new string('n', 33)), .. badText]);
        Each("checkpointId", [Quote(new string('c', 129)), .. badText]);
        Each("taskId", [Quote(new string('t', 129)), .. badText]);
        Each("shiftEndsAt", Quote(Iso(now.AddMinutes(-10))), Quote(Iso(now.AddHours(30))), "\"garbage\"");
        return list;
    }

    /// <summary>A string value with a JSON \u escape: a control character, a lone surrogate or a non-ASCII letter.</summary>
    private static bool Escaped(string value) => value.Contains("\\u", StringComparison.Ordinal);

    private static string Quote(string text) => "\"" + text + "\"";

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
