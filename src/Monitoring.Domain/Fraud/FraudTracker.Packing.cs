using System.Buffers.Binary;

namespace Monitoring.Domain.Fraud;

/// <summary>The tracker's stored form: a version byte and the fields, little-endian.</summary>
public partial struct FraudTracker
{
    /// <summary>Bytes of the stored form.</summary>
    public const int PackedSize = 1 + 16 + 20 + 2 + 11;

    private const byte Version = 1;

    /// <summary>Writes the stored form into <paramref name="target"/> (at least <see cref="PackedSize"/> bytes).</summary>
    public readonly void Pack(Span<byte> target)
    {
        target[0] = Version;
        BinaryPrimitives.WriteUInt64LittleEndian(target[1..], _histLow);
        BinaryPrimitives.WriteUInt64LittleEndian(target[9..], _histHigh);
        BinaryPrimitives.WriteSingleLittleEndian(target[17..], _lat);
        BinaryPrimitives.WriteSingleLittleEndian(target[21..], _lon);
        BinaryPrimitives.WriteUInt32LittleEndian(target[25..], _fixSec);
        BinaryPrimitives.WriteSingleLittleEndian(target[29..], _scanLat);
        BinaryPrimitives.WriteSingleLittleEndian(target[33..], _scanLon);
        BinaryPrimitives.WriteUInt16LittleEndian(target[37..], _peakKmh);
        ReadOnlySpan<byte> bytes = [_fixesThisHour, _fixesLastHour, _fixAccM, _bioFailure, _consecutive, _scanned, _walked, _labelled, _labelledFraud, 0, 0];
        bytes.CopyTo(target[39..]);
    }

    /// <summary>A tracker from its stored form; an empty or unknown form gives a fresh tracker.</summary>
    public static FraudTracker Unpack(ReadOnlySpan<byte> source)
    {
        if (source.Length < PackedSize || source[0] != Version)
        {
            return default;
        }

        var b = source[39..];
        return new FraudTracker
        {
            _histLow = BinaryPrimitives.ReadUInt64LittleEndian(source[1..]),
            _histHigh = BinaryPrimitives.ReadUInt64LittleEndian(source[9..]),
            _lat = BinaryPrimitives.ReadSingleLittleEndian(source[17..]),
            _lon = BinaryPrimitives.ReadSingleLittleEndian(source[21..]),
            _fixSec = BinaryPrimitives.ReadUInt32LittleEndian(source[25..]),
            _scanLat = BinaryPrimitives.ReadSingleLittleEndian(source[29..]),
            _scanLon = BinaryPrimitives.ReadSingleLittleEndian(source[33..]),
            _peakKmh = BinaryPrimitives.ReadUInt16LittleEndian(source[37..]),
            _fixesThisHour = b[0],
            _fixesLastHour = b[1],
            _fixAccM = b[2],
            _bioFailure = b[3],
            _consecutive = b[4],
            _scanned = b[5],
            _walked = b[6],
            _labelled = b[7],
            _labelledFraud = b[8],
        };
    }
}
