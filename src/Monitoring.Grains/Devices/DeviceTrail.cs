using System.Collections.Immutable;
using Monitoring.Contracts.Devices;
using Monitoring.Contracts.Telemetry;

namespace Monitoring.Grains.Devices;

/// <summary>
/// A device's battery and signal strength over the last 8 hours, kept in the snapshot as a ring of
/// 5-minute slots of two bytes each (<see cref="DeviceSnapshot.Trail"/>, 192 bytes): battery in whole
/// percent with the charging flag in the top bit, and signal as whole dBm below zero; 0xFF where
/// the slot had no such reading. A slot holds the newest reading of its five minutes.
/// </summary>
internal static class DeviceTrail
{
    public const int Slots = 96;
    public static readonly TimeSpan SlotLength = TimeSpan.FromMinutes(5);
    private const byte None = 0xFF;
    private const byte ChargingBit = 0x80;

    public static void Record(DeviceSnapshot snapshot, TelemetryEvent e)
    {
        if (e.Battery is null && e.SignalDbm is null)
        {
            return;
        }

        var slot = SlotOf(e.Ts);
        var ring = snapshot.Trail ??= New();
        if (ring.Length != Slots * 2 || !Reach(snapshot, ring, slot))
        {
            return;
        }

        var i = Index(slot);
        if (e.Battery is { } battery)
        {
            ring[i] = (byte)((int)Math.Clamp(Math.Round(battery), 0, 100) | (e.Charging == true ? ChargingBit : 0));
        }

        if (e.SignalDbm is { } dbm)
        {
            ring[i + 1] = (byte)Math.Clamp(Math.Round(-dbm), 0, 150);
        }
    }

    public static ImmutableArray<DeviceHistoryPoint> Since(DeviceSnapshot snapshot, DateTimeOffset since)
    {
        if (snapshot.Trail is not { Length: Slots * 2 } ring)
        {
            return [];
        }

        var points = ImmutableArray.CreateBuilder<DeviceHistoryPoint>();
        var newest = snapshot.TrailNewestSlot;
        for (var slot = Math.Max(newest - Slots + 1, SlotOf(since)); slot <= newest; slot++)
        {
            var (b, s) = (ring[Index(slot)], ring[Index(slot) + 1]);
            if (b != None || s != None)
            {
                points.Add(new DeviceHistoryPoint(
                    DateTimeOffset.FromUnixTimeSeconds(slot * (long)SlotLength.TotalSeconds),
                    b == None ? null : b & ~ChargingBit,
                    b == None ? null : (b & ChargingBit) != 0,
                    s == None ? null : -s));
            }
        }

        return points.ToImmutable();
    }

    private static byte[] New()
    {
        var ring = new byte[Slots * 2];
        Array.Fill(ring, None);
        return ring;
    }

    // Moves the ring forward to a newer slot, emptying the slots it reuses; false for a slot older than the ring.
    private static bool Reach(DeviceSnapshot snapshot, byte[] ring, long slot)
    {
        var newest = snapshot.TrailNewestSlot;
        if (newest != 0 && slot <= newest - Slots)
        {
            return false;
        }

        if (newest == 0 || slot > newest)
        {
            for (var s = newest == 0 ? slot - Slots + 1 : Math.Max(newest + 1, slot - Slots + 1); s <= slot; s++)
            {
                ring[Index(s)] = ring[Index(s) + 1] = None;
            }

            snapshot.TrailNewestSlot = slot;
        }

        return true;
    }

    private static long SlotOf(DateTimeOffset at) => (long)Math.Floor(at.ToUnixTimeSeconds() / SlotLength.TotalSeconds);

    private static int Index(long slot) => (int)(((slot % Slots) + Slots) % Slots) * 2;
}
