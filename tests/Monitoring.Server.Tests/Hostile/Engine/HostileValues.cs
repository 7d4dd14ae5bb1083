using System.Buffers.Text;
using System.Text;

namespace Monitoring.Tests.Shared.Hostile;

/// <summary>The bad values the generator draws from: path ids, query values, and raw JSON fragments.</summary>
internal static class HostileValues
{
    public static readonly string Megabyte = new('x', 1 << 20);

    /// <summary>Ids as they go into the path, already escaped: traversal, encoded slashes, control and odd characters, long.</summary>
    public static readonly string[] PathIds =
    [
        "%2E%2E%2F%2E%2E%2Fadmin%2Fclock", "..%2Ft2%2Fhxb-site-1", "t2%2Fhxb-site-1", "t2%2F..%2Fhxb-site-1", "%2F", "%5C..%5C..%5Cwin",
        "%00", "a%00b", "a%0Ab", "%0D%0AX-Injected:%201", "%07", "%7F", "%C3%28", "%FF%FE", "%ED%A0%80", "%E2%80%AE", "%F0%9F%98%80",
        "%EF%BB%BF", "%20", "%20x%20", "%25", "%2525", "*", "%3B", "%3F", "%23", "%7Bid%7D", "null", "-1", "0", "%24%7Bjndi%3Aldap%7D",
        "%27%20OR%201%3D1--", "%3Cscript%3E", new string('a', 65), new string('b', 300), new string('c', 2000), "%C0%AE%C0%AE%2F",
    ];

    /// <summary>Values for integer-like query parameters (limit, after).</summary>
    public static readonly string[] Numbers =
    [
        "-1", "0", "1e9", "1000000000", "99999999999999999999", "abc", "1.5", "%201", "1%20", "0x10", "%2B5", "%00", "NaN", "Infinity",
        "%ED%A0%80", "9223372036854775808", "-9223372036854775809", "1%2C2", new string('9', 3000),
    ];

    /// <summary>Values for time query parameters (since, from, to).</summary>
    public static readonly string[] Times =
    [
        "garbage", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59%2B14:00", "0001-01-01T00:00:00-14:00", "2026-13-45",
        "2026-11-24T10:00:00", "-1", "%00", "1e30", "%ED%A0%80", new string('2', 2000), "2026-11-24T10:00:00%2B99:00",
    ];

    /// <summary>Values for enum and text filters (status, severity, type, siteId, guardId).</summary>
    public static readonly string[] Words =
    [
        "unknown", "ACTIVE", "%00", "a%0Ab", "%ED%A0%80", "%E2%80%AE", "..%2F..%2F", "%27%20OR%201%3D1--", new string('w', 5000), "%20", "1",
    ];

    /// <summary>Values for the list cursor.</summary>
    public static readonly string[] Cursors =
    [
        "!!!", "AAAA", "%00", "%ED%A0%80", Cursor("x|y"), Cursor("99999999999999999999|a"), Cursor("-1|a"), Cursor("5|"), Cursor("|"),
        Cursor("3155378975999999999|a"), Cursor("3155378976000000000|a"), Cursor("5|" + new string('i', 3000)), Cursor("5|\0"),
        new string('A', 6000), "eyJ", "%2B%2F%3D",
    ];

    /// <summary>Bodies that are not JSON, or not whole.</summary>
    public static readonly string[] Malformed =
    [
        "{", "}", "{\"a\":", "[", "nul", "{'a':1}", "{\"a\":1,}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\" 1}", "{a:1}", "\"unterminated",
        "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", "{\"a\":01}", "{\"a\":1}{\"b\":2}", "{\"a\":1} trailing", "<xml/>", "\u0000", "{\"a\":\"\t\"}",
        "/* c */ {}", "{\"a\":1e999999}", "\uFEFF{}", "{\"a\":\"\u0001\"}",
    ];

    /// <summary>Whole bodies of the wrong JSON kind.</summary>
    public static readonly string[] Roots = ["[]", "1", "\"s\"", "null", "true", "[{}]", "-0", "{}"];

    /// <summary>JSON nested far deeper than any reader allows.</summary>
    public static readonly string Deep = new string('[', 5000) + new string(']', 5000);

    public static readonly string DeepObject = string.Concat(Enumerable.Repeat("{\"a\":", 3000)) + "1" + new string('}', 3000);

    /// <summary>
    /// JSON fragments that are never a valid string field (wrong kinds, control characters, lone
    /// surrogates, a megabyte). A line break is missing on purpose: notes may span lines.
    /// </summary>
    public static readonly string[] BadStrings =
    [
        "5", "true", "{}", "[]", "[\"a\"]", "\"\\ud800\"", "\"a\\udc00b\"", "\"\\ud800\\ud800\"", "\"\\udfff\\ud800\"", "\"a\\u0000b\"", "\"\\u0007\"",
        "\"x\\u001b[31m\"", "\"" + Megabyte + "\"", Deep, "1e400", "{\"$type\":\"x\"}",
    ];

    /// <summary>JSON fragments that are never a valid number field (a number in quotes is one: the host reads JSON with the web defaults).</summary>
    public static readonly string[] BadNumbers =
    [
        "true", "{}", "[]", "[1]", "\"12abc\"", "\"\\ud800\"", "1e400", "-1e400", "\"NaN\"", "\"Infinity\"", "123456789012345678901234567890e300", Deep,
        "\"" + Megabyte + "\"",
    ];

    /// <summary>JSON fragments that are never a valid date-time field.</summary>
    public static readonly string[] BadTimes =
    [
        "\"garbage\"", "\"2026-13-45T00:00:00Z\"", "\"2026-11-24 25:00\"", "0", "1733000000", "true", "{}", "[]", "\"\\ud800\"", "\"\\u0000\"",
        "\"" + Megabyte + "\"", "\"2026-11-24T10:00:00+99:00\"",
    ];

    public static readonly string[] BadBools = ["\"true\"", "1", "0", "\"yes\"", "{}", "[]", "\"\\ud800\""];

    private static string Cursor(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
}
