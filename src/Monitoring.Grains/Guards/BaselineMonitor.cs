using System.Text.Json;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Guards;
using Monitoring.Contracts.Json;
using Monitoring.Domain.Activity;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Baselines;
using Monitoring.Domain.Inactivity;
using Monitoring.Grains.Alerts;

namespace Monitoring.Grains.Guards;

/// <summary>
/// The guard's baseline: each evaluated window is checked against the guard's own normal for that
/// hour of the week (<see cref="BaselineDetector"/>) and learned when it is ordinary; a drop past the
/// dynamic threshold raises one <c>baseline_anomaly</c> (medium, <see cref="GuardSnapshot.BaselineAlertId"/>),
/// cleared when the guard is back to normal and nobody owns it. Operators' resolutions of the guard's
/// alerts feed the false-positive rate. A struct field of the grain: the detector and the view shown
/// on every feed update, rebuilt only when the hour of the week changes or the detector learns.
/// </summary>
internal struct BaselineMonitor(BaselineDetector detector)
{
    private (int HourOfWeek, int Day, long Version, BaselineInfo Info)? _info;

    public static BaselineMonitor Restore(GuardSnapshot guard) => new(new BaselineDetector(
        BaselineSettings.Default,
        GuardBaseline.Restore((guard.BaselineSlots ?? []).Select(r => r.ToSlot())),
        FalsePositiveRate.Restore((guard.Resolutions ?? []).Select(r => r.ToDay()))));

    public readonly void Store(GuardSnapshot guard)
    {
        guard.BaselineSlots = [.. detector.Baseline.Slots().Select(BaselineSlotRecord.From)];
        guard.Resolutions = [.. detector.FalsePositives.Buckets().Select(ResolutionDayRecord.From)];
    }

    /// <summary>Counts an operator's verdict on one of this guard's alerts (once, when the guard lets go of the alert).</summary>
    public readonly void RecordResolution(Alert? alert)
    {
        if (alert is { Resolution: { } resolution, ResolvedAt: { } at })
        {
            detector.RecordResolution(at, resolution);
        }
    }

    /// <summary>Checks and learns the window, then raises or clears the anomaly alert; true when it was raised or cleared.</summary>
    public readonly async Task<bool> EvaluateAsync(
        OwnedAlert alerts, GuardSnapshot guard, string guardId, WindowSummary window, TimeZoneInfo zone, bool learnable, DateTimeOffset now)
    {
        var check = detector.Evaluate(window, zone, learnable);
        var slot = new BaselineAlertSlot(guard);
        var open = await alerts.ReadAsync(slot);
        RecordResolution(open.Closed);
        if (check.IsAnomaly && open.State == OpenAlertState.None && learnable && guard.SiteId is { } siteId)
        {
            await alerts.RaiseAsync(slot, new AlertDraft(
                BaselineDetector.AlertType, BaselineDetector.AlertSeverity, siteId, guardId,
                guard.DeviceIds.Count > 0 ? guard.DeviceIds[0] : null, check.LowestZ, EvidenceOf(check),
                AlertSla.ForInactivity(BaselineDetector.AlertSeverity)), now);
            return true;
        }

        return !check.IsAnomaly && open.State == OpenAlertState.Unowned
            && await alerts.ClearAsync(slot, "activity_back_to_normal");
    }

    /// <summary>The baseline as the guard view shows it at <paramref name="now"/>.</summary>
    public BaselineInfo InfoOf(DateTimeOffset now, TimeZoneInfo zone)
    {
        var hour = HourOfWeek.Of(now, zone);
        var day = FalsePositiveRate.DayOf(now);
        if (_info is { } cached && cached.HourOfWeek == hour && cached.Day == day && cached.Version == detector.Version)
        {
            return cached.Info;
        }

        var view = detector.View(now, zone);
        var info = new BaselineInfo
        {
            HourOfWeek = view.HourOfWeek,
            Samples = view.Samples,
            Learning = view.IsLearning,
            Means = BySignal(view.Means),
            StdDevs = BySignal(view.StdDevs),
            Threshold = view.Threshold.Value,
            ThresholdReason = view.Threshold.Why,
            FalsePositiveRate = view.FalsePositiveRate,
        };
        _info = (hour, day, detector.Version, info);
        return info;
    }

    private static SignalFigures BySignal(SignalValues values) =>
        new(values.PhoneEvents, values.LocationUpdates, values.MovementM, values.TasksCompleted, values.CheckpointsScanned);

    private static string EvidenceOf(BaselineCheck check) => JsonSerializer.Serialize(new
    {
        hourOfWeek = check.HourOfWeek,
        samples = check.Samples,
        weakest = check.Weakest is { } w ? JsonNamingPolicy.CamelCase.ConvertName(w.ToString()) : null,
        lowestZ = Math.Round(check.LowestZ, 2),
        threshold = check.Threshold.Value,
        thresholdReason = check.Threshold.Why,
        observed = BySignal(check.Observed),
        means = BySignal(check.Means),
    }, WireJson.Options);
}
