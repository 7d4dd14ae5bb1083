using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Telemetry;

/// <summary>
/// Every string of an event is clean text or the event is rejected, naming the field: no control
/// character (PostgreSQL refuses U+0000 in text), no lone surrogate, no invalid UTF-8; never a 500.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TelemetryTextTests(ApiHostFixture host)
{
    private const string Control = "must not contain control characters";
    private const string NotUnicode = "must be well-formed Unicode text";

    private static readonly string[] Fields = ["deviceId", "type", "guardId", "siteId", "network", "checkpointId", "taskId", "ts"];

    public static TheoryData<string, string, string> EscapedHostile()
    {
        var data = new TheoryData<string, string, string>();
        (string Written, string Error)[] values =
        [
            (@"\u0000", Control), (@"\u001f", Control), (@"\n", Control), ("\u007f", Control), (@"\u007F", Control),
            ("\u0085", Control), (@"\u009f", Control), (@"\ud800", NotUnicode), (@"\udc00", NotUnicode),
            (@"x\uDBFFy", NotUnicode), (@"\ud800\u0041", NotUnicode), (@"\udc00\ud800", NotUnicode),
        ];
        foreach (var field in Fields)
        {
            foreach (var (written, error) in values)
            {
                data.Add(field, written, error);
            }
        }

        return data;
    }

    public static TheoryData<string, byte[]> InvalidUtf8()
    {
        var data = new TheoryData<string, byte[]>();
        byte[][] sequences = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80]];
        foreach (var field in Fields)
        {
            foreach (var bytes in sequences)
            {
                data.Add(field, bytes);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EscapedHostile))]
    public async Task Telemetry_TextWithControlOrLoneSurrogate_RejectedNamingFieldOthersCount(string field, string written, string error)
    {
        var (phone, result) = await SendWithHostileAsync(field, RawBatch.Utf8(written));

        var rejected = await AssertOnlyMiddleRejectedAsync(phone, result, field);
        Assert.StartsWith(Expected(field, error, escaped: written.Contains('\\', StringComparison.Ordinal)), rejected.Str("error"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InvalidUtf8))]
    public async Task Telemetry_TextWithInvalidUtf8_RejectedNamingFieldOthersCount(string field, byte[] bytes)
    {
        var (phone, result) = await SendWithHostileAsync(field, bytes);

        var rejected = await AssertOnlyMiddleRejectedAsync(phone, result, field);
        Assert.StartsWith(Expected(field, NotUnicode, escaped: false), rejected.Str("error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Telemetry_EscapedCleanText_IsAcceptedUnescaped()
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var e = phone.Event("heartbeat", now);
        e["deviceId"] = RawBatch.Slot;
        e["network"] = "\U0001F600 caf\u00e9";
        e["checkpointId"] = "\u00e9t\u00e9";
        var escaped = string.Concat(phone.DeviceId.Select(c => $"\\u{(int)c:x4}"));

        var response = await RawBatch.PostAsync(host.Device(), RawBatch.Of(RawBatch.String(escaped), e));

        var result = await response.JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal(1, result.Int("accepted"));
        Assert.Equal(phone.DeviceId, (await phone.DeviceAsync()).Str("deviceId"));
    }

    [Theory]
    [InlineData(@"\u0000", "deviceId", Control)]
    [InlineData(@"\ud800", "network", NotUnicode)]
    [InlineData(@"\u0041", "network", "must be at most 32 characters")]
    [InlineData(@"\u0041", "checkpointId", "must be at most 128 characters")]
    [InlineData(@"\u0041", "guardId", "must be 1-64 characters")]
    public async Task Telemetry_LongEscapedText_RejectedNamingFieldAndRule(string unit, string field, string error)
    {
        var (phone, result) = await SendWithHostileAsync(field, RawBatch.Utf8(string.Concat(Enumerable.Repeat(unit, 5000))));

        var rejected = await AssertOnlyMiddleRejectedAsync(phone, result, field);
        Assert.StartsWith($"{field}: {error}", rejected.Str("error"), StringComparison.Ordinal);
    }

    /// <summary>An unescaped time is read as a time straight from its bytes: such garbage is simply not ISO-8601.</summary>
    private static string Expected(string field, string error, bool escaped) =>
        field == "ts" && !escaped ? "ts: must be an ISO-8601 date-time" : $"{field}: {error}";

    /// <summary>Posts [good, bad, good]: the bad one a shift start whose <paramref name="field"/> ends in <paramref name="hostile"/>.</summary>
    private async Task<(Phone Phone, System.Text.Json.JsonElement Result)> SendWithHostileAsync(string field, byte[] hostile)
    {
        var now = await host.NowAsync();
        var phone = new Phone(host);
        var bad = phone.ShiftStart(now.AddSeconds(-1));
        bad["network"] = "lte";
        bad["checkpointId"] = "cp-1";
        bad["taskId"] = "task-1";
        var value = RawBatch.Utf8(bad[field]!.GetValue<string>());
        bad[field] = RawBatch.Slot;
        byte[] raw = [(byte)'"', .. value, .. hostile, (byte)'"'];

        var response = await RawBatch.PostAsync(host.Device(), RawBatch.Of(raw, phone.Event("heartbeat", now.AddSeconds(-2)), bad, phone.Event("phone", now)));

        return (phone, await response.JsonAsync(HttpStatusCode.Accepted));
    }

    private async Task<System.Text.Json.JsonElement> AssertOnlyMiddleRejectedAsync(Phone phone, System.Text.Json.JsonElement result, string field)
    {
        Assert.Equal(2, result.Int("accepted"));
        var rejected = Assert.Single(result.Items("rejected"));
        Assert.Equal(1, rejected.Int("index"));
        Assert.Equal(field, rejected.Str("field"));
        await (await host.Viewer().GetAsync($"api/v1/guards/{phone.GuardId}")).ProblemAsync(HttpStatusCode.NotFound);
        return rejected;
    }
}
