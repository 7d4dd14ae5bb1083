namespace Monitoring.Domain.Geo;

/// <summary>
/// Measures how far a phone really moved through a series of fixes, ignoring GPS jitter.
/// Two fixes that each lie within their accuracy of the true position are at most the sum of
/// their accuracies apart, so a step counts only when it leaves that combined circle (and a
/// floor of <see cref="MinStepM"/>): a phone lying still measures 0 m, a walk measures its path.
/// The anchor is the last fix that counted; fixes inside its circle are noise around it.
/// </summary>
public sealed class MovementMeter
{
    /// <summary>Smallest step that can count, whatever accuracy the phone claims.</summary>
    public const double MinStepM = 5.0;

    /// <summary>Accuracies worse than this are too vague to measure movement with.</summary>
    public const double MaxUsableAccuracyM = 100.0;

    private GeoFix? _anchor;

    public double TotalM { get; private set; }

    public void Add(GeoFix fix)
    {
        if (fix.AccuracyM > MaxUsableAccuracyM)
        {
            return;
        }

        if (_anchor is not { } anchor)
        {
            _anchor = fix;
            return;
        }

        var distance = GeoMath.DistanceM(anchor, fix);
        var noise = Math.Max(MinStepM, anchor.AccuracyM + fix.AccuracyM);
        if (distance > noise)
        {
            TotalM += distance;
            _anchor = fix;
        }
        else if (fix.AccuracyM + distance < anchor.AccuracyM)
        {
            // A sharper fix of the same spot tightens the circle that the next step must leave.
            _anchor = anchor with { AccuracyM = fix.AccuracyM + distance };
        }
    }

    public static double Measure(IEnumerable<GeoFix> fixes)
    {
        var meter = new MovementMeter();
        foreach (var fix in fixes)
        {
            meter.Add(fix);
        }

        return meter.TotalM;
    }
}
