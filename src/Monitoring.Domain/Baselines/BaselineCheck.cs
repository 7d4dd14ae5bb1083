namespace Monitoring.Domain.Baselines;

/// <summary>
/// One window judged against its hour's slot. <see cref="ZScores"/> are signed, negative below the
/// mean, and measured in <see cref="Spreads"/> (the sample standard deviation, floored).
/// <see cref="LowestZ"/> is the window's score: the z of <see cref="Weakest"/>, the signal furthest
/// below its usual level. While learning, the z-scores are 0 and <see cref="Weakest"/> is null.
/// </summary>
public sealed record BaselineCheck(
    int HourOfWeek,
    int Samples,
    SignalValues Observed,
    SignalValues Means,
    SignalValues Spreads,
    SignalValues ZScores,
    BaselineSignal? Weakest,
    double LowestZ,
    BaselineThreshold Threshold,
    BaselineVerdict Verdict)
{
    public bool IsAnomaly => Verdict == BaselineVerdict.Anomaly;
}
