using System.Text;
using System.Text.Json;
using Monitoring.Domain.Telemetry;
using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Tests.Night;

public sealed class NightEventWriterTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 21, 0, 5, 123, TimeSpan.Zero);

    [Fact]
    public void Write_gives_the_ingest_body_in_camel_case_without_nulls()
    {
        NightEvent[] batch =
        [
            new(0, "d-1", 0, At, At, EventTypes.ShiftStart) { GuardId = "g-1", SiteId = "site-0", ShiftEndsAt = At.AddHours(10).AddMilliseconds(-123) },
            new(0, "d-1", 1, At.AddSeconds(30), At.AddSeconds(30), EventTypes.Heartbeat)
            {
                Battery = 97, Charging = false, BatteryTempC = 21.5, SignalDbm = -81, Network = "lte", MemoryPct = 48.2,
            },
            new(0, "d-1", 2, At.AddSeconds(45), At.AddMinutes(20), EventTypes.Location) { Lat = 48.856613, Lon = 2.352222, AccuracyM = 7.5, Steps = 80 },
            new(0, "d-1", 3, At.AddMinutes(1), At.AddMinutes(1), EventTypes.Biometric) { Success = false },
        ];

        var json = Encoding.UTF8.GetString(new NightEventWriter().Write(batch).Span);

        Assert.Equal(
            """{"events":[""" +
            """{"deviceId":"d-1","seq":0,"ts":"2026-11-23T21:00:05.123Z","type":"shift_start","guardId":"g-1","siteId":"site-0","shiftEndsAt":"2026-11-24T07:00:05Z"},""" +
            """{"deviceId":"d-1","seq":1,"ts":"2026-11-23T21:00:35.123Z","type":"heartbeat","battery":97,"charging":false,"batteryTempC":21.5,"signalDbm":-81,"network":"lte","memoryPct":48.2},""" +
            """{"deviceId":"d-1","seq":2,"ts":"2026-11-23T21:00:50.123Z","type":"location","lat":48.856613,"lon":2.352222,"accuracyM":7.5,"steps":80},""" +
            """{"deviceId":"d-1","seq":3,"ts":"2026-11-23T21:01:05.123Z","type":"biometric","success":false}""" +
            "]}",
            json);
    }

    [Fact]
    public void A_night_batch_parses_back_with_every_required_field()
    {
        var night = new VirtualNight(new NightSettings { Guards = 20, Sites = 2, Length = TimeSpan.FromHours(1) });
        var writer = new NightEventWriter();
        var batch = night.Events().Take(3000).ToList();
        using var body = JsonDocument.Parse(writer.Write(batch));
        var events = body.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(batch.Count, events.Count);
        Assert.All(events, e =>
        {
            Assert.StartsWith("d-", e.GetProperty("deviceId").GetString(), StringComparison.Ordinal);
            Assert.True(e.GetProperty("seq").GetInt64() >= 0);
            Assert.EndsWith("Z", e.GetProperty("ts").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(e.GetProperty("type").GetString()));
            Assert.DoesNotContain(e.EnumerateObject(), p => p.Value.ValueKind == JsonValueKind.Null);
        });
    }
}
