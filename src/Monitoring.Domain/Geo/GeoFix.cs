namespace Monitoring.Domain.Geo;

/// <summary>One GPS fix: position in degrees and the accuracy radius the phone reported, in metres.</summary>
public readonly record struct GeoFix(double Lat, double Lon, double AccuracyM);
