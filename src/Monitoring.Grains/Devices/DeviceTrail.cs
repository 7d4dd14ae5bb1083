using System.Collections.Immutable;
using Monitoring.Contracts.Devices;
using Monitoring.Contracts.Telemetry;

namespace Monitoring.Grains.Devices;

/// <summary>
/// A device's battery and signal strength over the last 8 hours, kept in the snapshot as a ring of
/// 5-minute slots of two bytes each (<see cref="DeviceSnapshot.Trail"/>): battery in whole percent
/// with the charging flag in the top bit, and signal as whole dBm below zero; 0xFF where the slot had
/// no such reading. A slot holds the newest reading of its five minutes. The ring covers the slots up
/// to <see cref="DeviceSnapshot.TrailNewestSlot"/> and grows an hour (<see cref="GrowBy"/> slots) at a
/// time as the readings span more of the 8 hours, so a device an hour into its shift carries 24 bytes,
/// not 192; a ring whose readings all fell out of reach starts small again.
/// </summary>
internal static class DeviceTrail
{
    public const int Slots = 96;
    public const int GrowBy = 12;
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
        if (Reach(snapshot, slot) is not { } ring)
        {
            return;
        }

        var i = Index(slot, ring);
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
        if (snapshot.Trail is not { } ring || !IsRing(ring))
        {
            return [];
        }

        var points = ImmutableArray.CreateBuilder<DeviceHistoryPoint>();
        var newest = snapshot.TrailNewestSlot;
        for (var slot = Math.Max(newest - (ring.Length / 2) + 1, SlotOf(since)); slot <= newest; slot++)
        {
            var (b, s) = (ring[Index(slot, ring)], ring[Index(slot, ring) + 1]);
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

    // The ring with room for the slot: moved forward to a newer slot (emptying the slots it reuses),
    // grown to reach it; null for a slot older than 8 hours before the newest.
    private static byte[]? Reach(DeviceSnapshot snapshot, long slot)
    {
        var newest = snapshot.TrailNewestSlot;
        if (snapshot.Trail is not { } ring || !IsRing(ring) || newest == 0 || slot - Slots >= newest)
        {
            // Nothing kept yet, or all of it out of reach of the new slot: a fresh ring ending at it.
            snapshot.TrailNewestSlot = slot;
            return snapshot.Trail = Resized(null, 0, GrowBy);
        }

        if (slot <= newest - Slots)
        {
            return null;
        }

        // The span the ring must cover: its oldest reading (within 8 hours of the newer end) to the slot.
        var end = Math.Max(newest, slot);
        var size = (int)(end - Math.Max(Math.Min(OldestHeld(ring, newest), slot), end - Slots + 1) + 1);
        if (size > ring.Length / 2)
        {
            ring = snapshot.Trail = Resized(ring, newest, Math.Min(Slots, ((size + GrowBy - 1) / GrowBy) * GrowBy));
        }

        for (var s = Math.Max(newest + 1, end - (ring.Length / 2) + 1); s <= end; s++)
        {
            ring[Index(s, ring)] = ring[Index(s, ring) + 1] = None;
        }

        snapshot.TrailNewestSlot = end;
        return ring;
    }

    // The oldest slot of the ring that holds a reading (the newest when none does).
    private static long OldestHeld(byte[] ring, long newest)
    {
        for (var s = newest - (ring.Length / 2) + 1; s < newest; s++)
        {
            if (ring[Index(s, ring)] != None || ring[Index(s, ring) + 1] != None)
            {
                return s;
            }
        }

        return newest;
    }

    // A ring of the given slots holding the slots of the old ring (ending at newest) that fit.
    private static byte[] Resized(byte[]? old, long newest, int slots)
    {
        var ring = new byte[slots * 2];
        Array.Fill(ring, None);
        if (old is not null)
        {
            for (var s = newest - Math.Min(old.Length, ring.Length) / 2 + 1; s <= newest; s++)
            {
                (ring[Index(s, ring)], ring[Index(s, ring) + 1]) = (old[Index(s, old)], old[Index(s, old) + 1]);
            }
        }

        return ring;
    }

    private static bool IsRing(byte[] ring) => ring.Length is > 0 and <= Slots * 2 && ring.Length % 2 == 0;

    private static long SlotOf(DateTimeOffset at) => (long)Math.Floor(at.ToUnixTimeSeconds() / SlotLength.TotalSeconds);

    private static int Index(long slot, byte[] ring)
    {
        var slots = ring.Length / 2;
        return (int)(((slot % slots) + slots) % slots) * 2;
    }
}
