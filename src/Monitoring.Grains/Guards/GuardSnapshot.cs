using Monitoring.Contracts.Guards;
using Monitoring.Domain.Fraud;

namespace Monitoring.Grains.Guards;

/// <summary>What a guard grain keeps across activations.</summary>
[GenerateSerializer, Alias("guard-snapshot")]
public sealed class GuardSnapshot
{
    [Id(0)] public bool Seen { get; set; }
    [Id(1)] public string? SiteId { get; set; }
    [Id(2)] public bool OnShift { get; set; }
    [Id(3)] public DateTimeOffset? ShiftStartedAt { get; set; }
    [Id(4)] public DateTimeOffset? ShiftEndedAt { get; set; }
    [Id(5)] public List<string> DeviceIds { get; set; } = [];
    [Id(6)] public DateTimeOffset? LastSeenAt { get; set; }
    [Id(7)] public DateTimeOffset? BreakStartedAt { get; set; }
    /// <summary>The inactivity alert: open, or reserved for a raise (<see cref="Alerts.OwnedAlert"/>).</summary>
    [Id(8)] public string? OpenAlertId { get; set; }
    [Id(9)] public bool Armed { get; set; } = true;
    [Id(10)] public int ConsecutiveInactiveWindows { get; set; }
    [Id(11)] public LastEvaluation? LastEvaluation { get; set; }
    [Id(12)] public DateTimeOffset? NextDueAt { get; set; }

    // Window, Scores, BaselineSlots and Resolutions are written when the snapshot is saved and read
    // when the grain activates; in between the grain holds them in compact live forms and these are
    // null, so a guard on shift carries no empty lists.

    /// <summary>The activity window (storage only).</summary>
    [Id(13)] public List<BucketRecord>? Window { get; set; }

    /// <summary>The latest evaluations' scores, oldest first (storage only).</summary>
    [Id(14)] public List<ScorePoint>? Scores { get; set; }

    /// <summary>
    /// An inactivity alert's id reserved for a raise, kept apart from <see cref="OpenAlertId"/> in
    /// snapshots of older versions; the guard moves it into <see cref="OpenAlertId"/> on activation
    /// (where a reserved id now lives, <see cref="Alerts.OwnedAlert"/>) and never writes it.
    /// </summary>
    [Id(15)] public string? RaisingAlertId { get; set; }

    /// <summary>The baseline's hour slots (storage only; the detector holds them live).</summary>
    [Id(16)] public List<BaselineSlotRecord>? BaselineSlots { get; set; }

    /// <summary>Operator resolutions per day over the last 30 days, for the false-positive rate (storage only).</summary>
    [Id(17)] public List<ResolutionDayRecord>? Resolutions { get; set; }

    /// <summary>The baseline_anomaly alert: open, or reserved for a raise (<see cref="Alerts.OwnedAlert"/>).</summary>
    [Id(18)] public string? BaselineAlertId { get; set; }

    /// <summary>The guard-level health rules' state; null until a rule first looks at the guard.</summary>
    [Id(19)] public GuardRules? Rules { get; set; }

    /// <summary>The guard holds one of its tenant's guard slots (taken once, <c>ITenantQuotaGrain</c>).</summary>
    [Id(20)] public bool Admitted { get; set; }

    /// <summary>
    /// Ended breaks the evaluation window may still reach back past (their minutes are not duty),
    /// oldest first; null when none is that recent, so a guard without breaks carries no list.
    /// </summary>
    [Id(21)] public List<BreakRecord>? Breaks { get; set; }

    /// <summary>
    /// The latest evaluations with their signals and positions, oldest first (storage only; replaces
    /// <see cref="Scores"/>, which older snapshots hold and activation still reads).
    /// </summary>
    [Id(22)] public List<TrailRecord>? Trail { get; set; }

    /// <summary>
    /// The fraud features' memory of this guard (48 bytes, no references; stored packed through
    /// <see cref="Fraud.FraudTrackerConverter"/>). A field, so the grain updates it in place.
    /// </summary>
    [Id(23)] public FraudTracker Fraud;

    /// <summary>
    /// Drops the storage-only lists once written or read: the live window, scores and baseline are
    /// the parts' compact forms, so the lists are not kept between saves.
    /// </summary>
    public void DropStoredForms() => (Window, Scores, Trail, BaselineSlots, Resolutions) = (null, null, null, null, null);
}
