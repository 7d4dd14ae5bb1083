using Monitoring.Contracts.Scheduling;
using Monitoring.Contracts.Telemetry;

namespace Monitoring.Contracts.Guards;

/// <summary>One guard: shift, breaks, activity window and inactivity evaluation. Key: <c>{tenant}/{guardId}</c>.</summary>
public interface IGuardGrain : IClockDrivenGrain
{
    /// <summary>Files a device's activity for this guard (shift and break events included).</summary>
    ValueTask RecordAsync(GuardActivityBatch batch);

    /// <summary>
    /// Admits a shift start at <paramref name="siteId"/> under the tenant's caps: null when the guard
    /// may start it, else the per-event rejection naming the field (<c>guardId: ...</c> when the
    /// tenant's guards are at their cap and this guard is new, <c>siteId: ...</c> when the site is new
    /// and the tenant's sites are at theirs). A guard takes its slot once, on its first admission.
    /// </summary>
    Task<string?> AdmitAsync(string siteId);

    /// <summary>The guard's state, or null when the guard was never seen.</summary>
    Task<GuardState?> GetAsync();

    /// <summary>The guard's evaluations and positions since <paramref name="since"/> (the guard keeps 8 hours); null when never seen.</summary>
    Task<GuardTrail?> GetTrailAsync(DateTimeOffset since);

    /// <summary>Runs the evaluation now (outside the schedule) and returns the state; null when never seen.</summary>
    Task<GuardState?> EvaluateNowAsync();

    /// <summary>Names of the reminders registered for this guard (diagnostics and tests).</summary>
    Task<IReadOnlyList<string>> GetReminderNamesAsync();
}
