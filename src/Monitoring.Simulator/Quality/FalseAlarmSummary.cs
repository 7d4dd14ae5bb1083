namespace Monitoring.Simulator.Quality;

/// <summary>
/// The alerts that matched no fault: all of them, split by where they fell (on a guard during a
/// valid behaviour, beside a fault with a type it does not expect, or in normal time), the
/// guard-windows they are measured against and their rate (all of them per guard-window).
/// </summary>
internal sealed record FalseAlarmSummary(
    int Total,
    int OnValidBehaviour,
    int BesideFault,
    int OnNormalTime,
    double GuardWindows,
    double? Rate);
