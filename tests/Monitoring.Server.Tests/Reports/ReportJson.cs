using System.Text.Json;

namespace Monitoring.Server.Tests.Reports;

/// <summary>Reads report rows: a row by key, a duration block as a tuple, a nullable number.</summary>
internal static class ReportJson
{
    public static JsonElement Row(this JsonElement report, string group, string key) =>
        Assert.Single(report.GetProperty(group).EnumerateArray(), r => r.GetProperty("key").GetString() == key);

    public static (int Count, double? Mean, double? P50, double? P90, double? Max) Durations(this JsonElement row, string property)
    {
        var d = row.GetProperty(property);
        return (d.GetProperty("count").GetInt32(), Num(d, "meanS"), Num(d, "p50S"), Num(d, "p90S"), Num(d, "maxS"));
    }

    public static double? Num(this JsonElement element, string property) =>
        element.GetProperty(property) is { ValueKind: JsonValueKind.Number } value ? value.GetDouble() : null;

    /// <summary>The integer figures of a row, in the order asked.</summary>
    public static int[] Ints(this JsonElement row, params string[] properties) =>
        [.. properties.Select(p => row.GetProperty(p).GetInt32())];
}
