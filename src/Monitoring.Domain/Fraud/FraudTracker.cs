using System.Runtime.InteropServices;
using Monitoring.Domain.Geo;

namespace Monitoring.Domain.Fraud;

/// <summary>
/// What a guard keeps to compute the fraud features of its attendance events: the last fix and the
/// fastest move since the previous attendance event, location updates in this and the previous clock
/// hour, the last checkpoint scan's position and the shift's walked/scanned counts, a recent biometric
/// failure level, the run of rule-breaking events, the labels the guard's alerts got, and 4-bit
/// histograms of the local hour and weekday of its attendance events. 48 bytes, no references: the
/// memory per guard is budgeted (docs/fraud.md, "Memory").
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public partial struct FraudTracker
{
    /// <summary>Times are kept as whole seconds from this instant (0: never).</summary>
    private static readonly DateTimeOffset Epoch = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private ulong _histLow;   // hours 0-15, a nibble each
    private ulong _histHigh;  // hours 16-23 (bits 0-31), weekdays Sunday..Saturday (bits 32-59)
    private float _lat;
    private float _lon;
    private uint _fixSec;
    private float _scanLat;
    private float _scanLon;
    private ushort _peakKmh;
    private byte _fixesThisHour;
    private byte _fixesLastHour;
    private byte _fixAccM;
    private byte _bioFailure;  // 0: every recent attempt passed, 255: every one failed
    private byte _consecutive;
    private byte _scanned;
    private byte _walked;
    private byte _labelled;
    private byte _labelledFraud;

    /// <summary>The fastest move between fixes since the previous attendance event, km/h.</summary>
    public readonly double PeakKmh => _peakKmh;

    /// <summary>The last fix taken (its accuracy rounded to whole metres), or null before the first.</summary>
    public readonly GeoFix? LastFix => _fixSec == 0 ? null : new GeoFix(_lat, _lon, _fixAccM);

    /// <summary>
    /// Takes a fix (any event that carried one, attendance or not), in arrival order: the speed from
    /// the previous fix, net of both accuracy radii, raises the peak; a fix older than the last one is
    /// ignored for speed.
    /// </summary>
    public void ObserveFix(GeoFix fix, DateTimeOffset at)
    {
        var sec = Seconds(at);
        var accuracy = Math.Clamp(fix.AccuracyM, 0, byte.MaxValue);
        if (_fixSec != 0)
        {
            if (sec < _fixSec)
            {
                return;
            }

            var moved = GeoMath.DistanceM(_lat, _lon, fix.Lat, fix.Lon) - _fixAccM - accuracy;
            var kmh = Math.Max(0, moved) / Math.Max(1, sec - _fixSec) * 3.6;
            _peakKmh = (ushort)Math.Max(_peakKmh, Math.Min(kmh, ushort.MaxValue));
            CountFix(sec / 3600, _fixSec / 3600);
        }
        else
        {
            (_fixesThisHour, _fixesLastHour) = (1, 0);
        }

        (_lat, _lon, _fixSec, _fixAccM) = ((float)fix.Lat, (float)fix.Lon, sec, (byte)Math.Round(accuracy));
    }

    /// <summary>A new shift: the tour counts start again.</summary>
    public void StartShift() => (_scanned, _walked) = (0, 0);

    /// <summary>An operator's verdict on one of the guard's scored events (the historical fraud rate).</summary>
    public void Label(FraudLabel label)
    {
        if (_labelled == byte.MaxValue)
        {
            (_labelled, _labelledFraud) = ((byte)(_labelled / 2), (byte)(_labelledFraud / 2));
        }

        _labelled++;
        _labelledFraud += label == FraudLabel.Fraud ? (byte)1 : (byte)0;
    }

    /// <summary>Location updates per hour at <paramref name="at"/>: this clock hour's count plus the previous hour's share of the last 60 minutes.</summary>
    public readonly double UpdatesPerHour(DateTimeOffset at)
    {
        if (_fixSec == 0)
        {
            return 0;
        }

        var sec = Seconds(at);
        var (hour, fixHour) = (sec / 3600, _fixSec / 3600);
        var past = (sec % 3600) / 3600.0;
        return hour == fixHour ? _fixesThisHour + (_fixesLastHour * (1 - past))
            : hour == fixHour + 1 ? _fixesThisHour * (1 - past)
            : 0;
    }

    private void CountFix(uint hour, uint lastHour)
    {
        if (hour == lastHour)
        {
            _fixesThisHour = (byte)Math.Min(_fixesThisHour + 1, byte.MaxValue);
        }
        else
        {
            (_fixesLastHour, _fixesThisHour) = (hour == lastHour + 1 ? _fixesThisHour : (byte)0, 1);
        }
    }

    private static uint Seconds(DateTimeOffset at) =>
        (uint)Math.Clamp((at - Epoch).Ticks / TimeSpan.TicksPerSecond, 1, uint.MaxValue);
}
