using Monitoring.Domain.Geo;
using Monitoring.Domain.Telemetry;

namespace Monitoring.Domain.Fraud;

/// <summary>The features of one attendance event, and what the guard remembers of it afterwards.</summary>
public partial struct FraudTracker
{
    /// <summary>
    /// The event's feature vector. Call <see cref="ObserveFix"/> with the event's own fix first (its
    /// jump counts), then this, then <see cref="Recorded"/>.
    /// </summary>
    public readonly FraudFeatures Features(in AttendanceObservation e)
    {
        var f = default(FraudFeatures);
        for (var i = 0; i < FraudFeatureNames.Count; i++)
        {
            f[i] = Compute((FraudFeature)i, e);
        }

        return f;
    }

    /// <summary>One feature of the event (docs/fraud.md, "Features").</summary>
    public readonly double Compute(FraudFeature feature, in AttendanceObservation e) => feature switch
    {
        FraudFeature.BiometricQuality => 1 - (BioFailureAfter(e) / 255.0),
        FraudFeature.GpsAccuracyM => e.Fix?.AccuracyM ?? (_fixSec != 0 ? _fixAccM : FraudThresholds.DefaultAccuracyM),
        FraudFeature.GeofenceDistanceM => e.OutsideM ?? 0,
        FraudFeature.TimeOfDayAnomaly => Anomaly(first: 0, count: 24, e.LocalTime.Hour),
        FraudFeature.DayOfWeekAnomaly => Anomaly(first: 24, count: 7, 24 + (int)e.LocalTime.DayOfWeek),
        FraudFeature.VelocityKmh => _peakKmh,
        FraudFeature.HistoricalFraudRate => _labelled == 0 ? 0 : _labelledFraud / (double)_labelled,
        FraudFeature.ConsecutiveViolations => Breaks(e) ? _consecutive + 1 : 0,
        FraudFeature.TourCompletionRate => e.Type == EventType.Checkpoint
            ? (_walked + (Walked(e) ? 1.0 : 0.0)) / (_scanned + 1)
            : _scanned == 0 ? 1 : _walked / (double)_scanned,
        FraudFeature.SignalDbm => e.SignalDbm ?? FraudThresholds.DefaultSignalDbm,
        FraudFeature.BatteryPct => e.BatteryPct ?? FraudThresholds.DefaultBatteryPct,
        FraudFeature.LocationUpdatesPerHour => UpdatesPerHour(e.At),
        _ => throw new ArgumentOutOfRangeException(nameof(feature)),
    };

    /// <summary>Remembers the scored event: its hour and weekday, the rule-breaking run, the tour, the biometric level; the peak speed starts again.</summary>
    public void Recorded(in AttendanceObservation e, in FraudFeatures features)
    {
        _consecutive = (byte)Math.Min(features[FraudFeature.ConsecutiveViolations], byte.MaxValue);
        _bioFailure = BioFailureAfter(e);
        if (e.Type == EventType.Checkpoint)
        {
            _walked += Walked(e) && _walked < byte.MaxValue ? (byte)1 : (byte)0;
            _scanned = (byte)Math.Min(_scanned + 1, byte.MaxValue);
            if (PositionOf(e) is { } at)
            {
                (_scanLat, _scanLon) = ((float)at.Lat, (float)at.Lon);
            }
        }

        Count(first: 0, count: 24, e.LocalTime.Hour);
        Count(first: 24, count: 7, 24 + (int)e.LocalTime.DayOfWeek);
        _peakKmh = 0;
    }

    /// <summary>Outside the fence, a failed biometric attempt or an impossible speed.</summary>
    private readonly bool Breaks(in AttendanceObservation e) =>
        e.OutsideM > FraudThresholds.OutsideViolationM
        || e is { Type: EventType.Biometric, Success: false }
        || _peakKmh > FraudThresholds.ImpossibleKmh;

    private readonly byte BioFailureAfter(in AttendanceObservation e) => e is { Type: EventType.Biometric, Success: { } passed }
        ? (byte)((_bioFailure / 2) + (passed ? 0 : 128))
        : _bioFailure;

    /// <summary>The shift's first scan counts as walked to; later ones when far enough from the previous scan (no position: given the benefit of the doubt).</summary>
    private readonly bool Walked(in AttendanceObservation e) =>
        _scanned == 0 || PositionOf(e) is not { } at
        || GeoMath.DistanceM(_scanLat, _scanLon, at.Lat, at.Lon) >= FraudThresholds.WalkedM;

    private readonly GeoFix? PositionOf(in AttendanceObservation e) =>
        e.Fix ?? LastFix;
}
