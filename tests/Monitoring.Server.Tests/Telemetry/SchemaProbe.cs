using System.Globalization;
using System.Text;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Tests.Telemetry;

/// <summary>Single-event batches built from <see cref="TelemetrySchema"/>, parsed in process as the ingest endpoint parses them.</summary>
internal static class SchemaProbe
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Ts = Now.AddMinutes(-1);

    public static TelemetryField Field(string name) => Assert.Single(TelemetrySchema.Fields, f => f.Name == name);

    public static TheoryData<string> Names(Func<TelemetryField, bool> which) => [.. TelemetrySchema.Fields.Where(which).Select(f => f.Name)];

    /// <summary>
    /// A batch of one event that passes every rule with <paramref name="field"/> present or absent,
    /// changed by <paramref name="changes"/> (a null value removes the property).
    /// </summary>
    public static string Event(TelemetryField field, params (string Name, string? Json)[] changes)
    {
        var type = field.OnlyOn ?? field.RequiredOn ?? EventType.Heartbeat;
        var e = new Dictionary<string, string>
        {
            [TelemetrySchema.DeviceId] = "\"d-schema\"",
            [TelemetrySchema.Seq] = "1",
            [TelemetrySchema.Ts] = Time(Ts),
            [TelemetrySchema.Type] = Quote(type.ToWire()),
            [TelemetrySchema.GuardId] = "\"g-1\"",
            [TelemetrySchema.SiteId] = "\"s-1\"",
            [TelemetrySchema.Lat] = "1",
            [TelemetrySchema.Lon] = "1",
        };
        foreach (var (name, json) in changes)
        {
            if (json is null)
            {
                e.Remove(name);
            }
            else
            {
                e[name] = json;
            }
        }

        return "{\"events\":[{" + string.Join(",", e.Select(p => $"\"{p.Key}\":{p.Value}")) + "}]}";
    }

    /// <summary>A value of the field's kind inside its rules, as JSON.</summary>
    public static string Valid(TelemetryField field) => field.Kind switch
    {
        TelemetryValueKind.Text => Quote(field.Values?[0] ?? "x"),
        TelemetryValueKind.Integer or TelemetryValueKind.Number => Number(field.Maximum ?? field.Minimum ?? 1),
        TelemetryValueKind.Flag => "true",
        _ => Time(field.Name == TelemetrySchema.Ts ? Ts : Ts.AddHours(8)),
    };

    /// <summary>A JSON value of another kind than the field's.</summary>
    public static string WrongKind(TelemetryField field) => field.Kind switch
    {
        TelemetryValueKind.Text or TelemetryValueKind.Time => "5",
        TelemetryValueKind.Integer => "1.5",
        TelemetryValueKind.Number => "\"1\"",
        _ => "1",
    };

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Quote(string text) => $"\"{text}\"";

    public static ParsedBatch Parse(string body) => TelemetryParser.Parse(Encoding.UTF8.GetBytes(body), new IngestScope(Now, 30));

    public static ParsedBatch Parse(ReadOnlySpan<byte> body) => TelemetryParser.Parse(body, new IngestScope(Now, 30));

    /// <summary>Asserts the batch's one event was accepted and returns it.</summary>
    public static TelemetryEvent Accepted(ParsedBatch batch)
    {
        Assert.Empty(batch.Rejected.Select(r => r.Error));
        return Assert.Single(batch.Events);
    }

    /// <summary>Asserts the batch's one event was rejected for <paramref name="field"/>.</summary>
    public static void RejectedFor(ParsedBatch batch, string field)
    {
        Assert.Empty(batch.Events);
        Assert.Equal(field, Assert.Single(batch.Rejected).Field);
    }

    private static string Time(DateTimeOffset at) => Quote(at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
}
