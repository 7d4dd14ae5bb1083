using System.Text.Json;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Guards;
using Monitoring.Contracts.Json;
using Monitoring.Domain.Activity;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Baselines;
using Monitoring.Domain.Inactivity;

namespace Monitoring.Grains.Guards;

/// <summary>
/// The guard's baseline: each evaluated window is checked against the guard's own normal for that
/// hour of the week (<see cref="BaselineDetector"/>) and learned when it is ordinary; a drop past the
/// dynamic threshold raises one <c>baseline_anomaly</c> (medium), cleared when the guard is back to
/// normal and nobody owns it. Operators' resolutions of the guard's alerts feed the false-positive rate.
/// </summary>
internal sealed partial class GuardGrain
{
    private BaselineDetector _baseline = new(BaselineSettings.Default);

    // The guard view shown on every feed update: rebuilt only when the hour of the week changes or the
    // baseline learns (an evaluation, a resolution), not per update.
    private (int HourOfWeek, int Day, long Version, BaselineInfo Info)? _baselineInfo;
    private long _baselineVersion;

    private void RestoreBaseline() => _baseline = new BaselineDetector(
        BaselineSettings.Default,
        GuardBaseline.Restore((S.BaselineSlots ?? []).Select(r => r.ToSlot())),
        FalsePositiveRate.Restore((S.Resolutions ?? []).Select(r => r.ToDay())));

    private void StoreBaseline()
    {
        S.BaselineSlots = [.. _baseline.Baseline.Slots().Select(BaselineSlotRecord.From)];
        S.Resolutions = [.. _baseline.FalsePositives.Buckets().Select(ResolutionDayRecord.From)];
    }

    /// <summary>Counts an operator's verdict on one of this guard's alerts (called once, when the guard lets go of the alert).</summary>
    private void RecordResolution(Alert? alert)
    {
        if (alert is { Resolution: { } resolution, ResolvedAt: { } at })
        {
            _baseline.RecordResolution(at, resolution);
            _baselineVersion++;
        }
    }

    private async Task<bool> EvaluateBaselineAsync(WindowSummary window, EvaluationOutcome outcome)
    {
        var check = _baseline.Evaluate(window, ZoneOf(), learnable: outcome.Suppressed is null);
        _baselineVersion++;
        var open = S.BaselineAlertId is { } openId ? await AlertGrain(openId).GetAsync() : null;
        if (open is not null && !AlertWorkflow.IsOpen(open.Status))
        {
            RecordResolution(open);
            (S.BaselineAlertId, open) = (null, null);
        }

        if (check.IsAnomaly && open is null && outcome.Suppressed is null && S.SiteId is { } siteId)
        {
            S.BaselineAlertId = "alr_" + Guid.CreateVersion7(clock.GetUtcNow()).ToString("N");
            await SaveAsync();
            await AlertGrain(S.BaselineAlertId).RaiseAsync(new AlertDraft(
                BaselineDetector.AlertType, BaselineDetector.AlertSeverity, siteId, _guardId,
                S.DeviceIds.Count > 0 ? S.DeviceIds[0] : null, check.LowestZ, EvidenceOf(check),
                AlertSla.ForInactivity(BaselineDetector.AlertSeverity)));
            return true;
        }

        if (!check.IsAnomaly && open is { Status: AlertStatus.Active } && S.BaselineAlertId is { } activeId)
        {
            await AlertGrain(activeId).ClearAsync("activity_back_to_normal");
            S.BaselineAlertId = null;
            return true;
        }

        return false;
    }

    private BaselineInfo BaselineInfoOf(DateTimeOffset now)
    {
        var zone = ZoneOf();
        var hour = HourOfWeek.Of(now, zone);
        var day = FalsePositiveRate.DayOf(now);
        if (_baselineInfo is { } cached && cached.HourOfWeek == hour && cached.Day == day && cached.Version == _baselineVersion)
        {
            return cached.Info;
        }

        var info = BuildBaselineInfo(now, zone);
        _baselineInfo = (hour, day, _baselineVersion, info);
        return info;
    }

    private BaselineInfo BuildBaselineInfo(DateTimeOffset now, TimeZoneInfo zone)
    {
        var view = _baseline.View(now, zone);
        return new BaselineInfo
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
