namespace Monitoring.Simulator.Quality;

/// <summary>
/// What reaches people: for one alert type, its alerts and true positives, all of them and only
/// those notified (neither inhibited nor silenced); and the declared breaks with an alert during them.
/// </summary>
internal sealed record NoiseSummary(
    string Type,
    int Raised,
    int TruePositives,
    int Notified,
    int NotifiedTruePositives,
    int Inhibited,
    int Silenced,
    int Breaks,
    int BreaksAlerted)
{
    public double? NotifiedPrecision => Notified > 0 ? (double)NotifiedTruePositives / Notified : null;

    public double? BreaksAlertedShare => Breaks > 0 ? (double)BreaksAlerted / Breaks : null;
}
