using Monitoring.Domain.Fraud;
using Monitoring.Domain.Geo;
using Monitoring.Domain.Telemetry;

namespace Monitoring.Domain.Tests.Fraud;

/// <summary>Hand-made attendance events around one site.</summary>
internal static class FraudCases
{
    public const double SiteLat = 52.3700;
    public const double SiteLon = 4.8900;
    public static readonly DateTimeOffset T0 = new(2026, 11, 24, 22, 0, 0, TimeSpan.Zero);

    public static GeoFix At(double metresEast, double accuracyM = 5)
    {
        var (lat, lon) = GeoMath.Offset(SiteLat, SiteLon, metresEast, 90);
        return new GeoFix(lat, lon, accuracyM);
    }

    public static AttendanceObservation Event(
        EventType type, DateTimeOffset at, GeoFix? fix = null, bool? success = null, double? outsideM = null) =>
        new(at, type, fix, success, -70, 80, outsideM, at.UtcDateTime);

    /// <summary>Observes the event's fix, computes its features, records it; returns the features.</summary>
    public static FraudFeatures Score(ref FraudTracker tracker, in AttendanceObservation e)
    {
        if (e.Fix is { } fix)
        {
            tracker.ObserveFix(fix, e.At);
        }

        var features = tracker.Features(e);
        tracker.Recorded(e, features);
        return features;
    }
}
