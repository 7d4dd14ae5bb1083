using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;
using Monitoring.Fleet.Night;
using static Monitoring.Server.Tests.Telemetry.SchemaProbe;

namespace Monitoring.Server.Tests.Telemetry;

/// <summary>What the fleet writes, the parser reads: every field of the schema, unchanged.</summary>
public sealed class TelemetrySchemaFleetTests
{
    [Fact]
    public void Parse_FullEventsFromTheFleetWriter_EveryFieldArrivesUnchanged()
    {
        // success and shiftEndsAt belong to different types, so two events carry every field between them.
        NightEvent[] written = [Full(EventTypes.ShiftStart) with { Success = null }, Full(EventTypes.Biometric) with { ShiftEndsAt = null }];

        var batch = Parse(new NightEventWriter().Write(written).Span);

        Assert.Empty(batch.Rejected.Select(r => r.Error));
        Assert.Equal(written.Length, batch.Events.Count);
        foreach (var field in TelemetrySchema.Fields)
        {
            var property = char.ToUpperInvariant(field.Name[0]) + field.Name[1..];
            var sent = written.Select(e => Wire(typeof(NightEvent).GetProperty(property)!.GetValue(e))).ToList();
            var read = batch.Events.Select(e => Wire(typeof(TelemetryEvent).GetProperty(property)!.GetValue(e))).ToList();
            Assert.Contains(read, v => v is not null);
            Assert.True(sent.SequenceEqual(read), $"{field.Name}: sent {string.Join(", ", sent)}, read {string.Join(", ", read)}");
        }
    }

    private static NightEvent Full(string type) => new(0, "d-full", type == EventTypes.ShiftStart ? 0 : 1, Ts, Ts, type)
    {
        GuardId = "g-full",
        SiteId = "site-full",
        ShiftEndsAt = Ts.AddHours(8),
        Battery = 64.5,
        Charging = true,
        BatteryTempC = 31.25,
        SignalDbm = -87,
        Network = "lte",
        MemoryPct = 41.5,
        Lat = 48.856613,
        Lon = 2.352222,
        AccuracyM = 6.5,
        Steps = 1234,
        Success = true,
        CheckpointId = "cp-7",
        TaskId = "task-3",
    };

    // The parser turns the type name into an enum; compare both sides as the wire spells them.
    private static object? Wire(object? value) => value is EventType type ? type.ToWire() : value;
}
