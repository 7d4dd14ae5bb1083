using Monitoring.Contracts.Telemetry;

namespace Monitoring.Grains.Devices;

/// <summary>The latest value of each reading, each taken from the newest event that carried it.</summary>
[GenerateSerializer, Alias("device-readings")]
public sealed class DeviceReadings
{
    [Id(0)] public DateTimeOffset At { get; set; }
    [Id(1)] public double? Battery { get; set; }
    [Id(2)] public bool? Charging { get; set; }
    [Id(3)] public double? BatteryTempC { get; set; }
    [Id(4)] public double? SignalDbm { get; set; }
    [Id(5)] public string? Network { get; set; }
    [Id(6)] public double? MemoryPct { get; set; }
    [Id(7)] public double? Lat { get; set; }
    [Id(8)] public double? Lon { get; set; }
    [Id(9)] public double? AccuracyM { get; set; }

    /// <summary>Takes the readings of an event that is at least as new as the last one applied.</summary>
    public void Apply(TelemetryEvent e)
    {
        if (e.Ts < At)
        {
            return;
        }

        At = e.Ts;
        Battery = e.Battery ?? Battery;
        Charging = e.Charging ?? Charging;
        BatteryTempC = e.BatteryTempC ?? BatteryTempC;
        SignalDbm = e.SignalDbm ?? SignalDbm;
        Network = e.Network ?? Network;
        MemoryPct = e.MemoryPct ?? MemoryPct;
        if (e.Lat is { } lat && e.Lon is { } lon)
        {
            Lat = lat;
            Lon = lon;
            AccuracyM = e.AccuracyM;
        }
    }
}
