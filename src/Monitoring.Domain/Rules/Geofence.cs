using Monitoring.Domain.Geo;

namespace Monitoring.Domain.Rules;

/// <summary>
/// A site's geofence: centre and radius in metres. It measures the outside_m signal, how far a fix
/// lies beyond the radius; geofence_exit compares that with its buffer (100 m) for its duration.
/// </summary>
public sealed record Geofence(double Lat, double Lon, double RadiusM)
{
    /// <summary>Metres beyond the radius (0 or less is inside); null for a fix too vague to judge.</summary>
    public double? OutsideM(GeoFix fix) =>
        fix.AccuracyM > MovementMeter.MaxUsableAccuracyM ? null : GeoMath.DistanceM(Lat, Lon, fix.Lat, fix.Lon) - RadiusM;

    /// <summary>
    /// Feeds one on-shift fix to geofence_exit's condition. A fix too vague to judge is skipped: it
    /// neither breaks a run outside nor counts towards one.
    /// </summary>
    public RuleState Observe(RuleState state, ConditionSpec spec, DateTimeOffset at, GeoFix fix) =>
        OutsideM(fix) is { } outside ? RuleCondition.Observe(state, at, spec.LevelOf(outside)) : state;
}
