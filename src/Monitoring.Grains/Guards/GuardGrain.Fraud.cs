using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Feed;
using Monitoring.Contracts.Fraud;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Fraud;
using Monitoring.Domain.Geo;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Notifications;
using Monitoring.Domain.Tickets;
using Monitoring.Grains.Diagnostics;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Fraud;

namespace Monitoring.Grains.Guards;

/// <summary>
/// The fraud risk of each attendance event (shift_start, biometric, checkpoint), scored in the
/// guard's turn from its <see cref="FraudTracker"/> (docs/fraud.md): every score goes to the ledger,
/// 0.5 and up to the feed (<c>fraud_score</c>), 0.8 and up raises or updates the guard's fraud_risk
/// alert, whose ticket is a fraud ticket (one per guard per 24 h).
/// </summary>
internal sealed partial class GuardGrain
{
    private const int TopFeatures = 3;
    private const double FeedFrom = 0.5;
    private static readonly TimeSpan FraudSla = TimeSpan.FromMinutes(30);

    /// <summary>Feeds the batch's fixes to the tracker and scores its attendance events; true when the alert slot changed.</summary>
    private async Task<bool> ScoreFraudAsync(GuardActivityBatch batch)
    {
        var changed = false;
        var slotRead = false;
        foreach (var sample in batch.Samples)
        {
            var fix = sample is { Lat: { } lat, Lon: { } lon } ? new GeoFix(lat, lon, sample.AccuracyM ?? FraudThresholds.DefaultAccuracyM) : (GeoFix?)null;
            if (fix is { } f)
            {
                Guard.Fraud.ObserveFix(f, sample.Ts);
            }

            if (!AttendanceObservation.IsAttendance(sample.Type) || (sample.SiteId ?? Guard.SiteId) is not { } siteId)
            {
                continue;
            }

            if (!slotRead)
            {
                await ReadFraudAlertAsync();
                slotRead = true;
            }

            var started = Stopwatch.GetTimestamp();
            var score = Assess(sample, fix, siteId, batch.DeviceId);
            GrainMetrics.FraudScored(Stopwatch.GetElapsedTime(started));
            if (score.Score >= TicketSettings.Default.FraudThreshold)
            {
                score = score with { AlertId = await RaiseFraudAlertAsync(score) };
                changed = true;
            }

            await AppendFraudAsync(score);
        }

        return changed;
    }

    /// <summary>The event's features and score (synchronous: the tracker is updated in place and the vectors live on the stack).</summary>
    private FraudScore Assess(ActivitySample sample, GeoFix? fix, string siteId, string deviceId)
    {
        ref var tracker = ref Guard.Fraud;
        if (sample.Type == Domain.Telemetry.EventType.ShiftStart)
        {
            tracker.StartShift();
        }

        var fence = siteId == Guard.SiteId ? _site.Fence : null;
        var outside = fence is not null && (fix ?? tracker.LastFix) is { } at && fence.OutsideM(at) is { } m ? Math.Max(0, m) : (double?)null;
        var local = TimeZoneInfo.ConvertTime(sample.Ts, _site.Zone).DateTime;
        var e = new AttendanceObservation(sample.Ts, sample.Type, fix, sample.Success, sample.SignalDbm, sample.Battery, outside, local);
        var features = tracker.Features(e);
        tracker.Recorded(e, features);

        var scorer = fraud.Scorers.For(_tenant);
        var score = scorer.Score(features);
        var rules = ReferenceEquals(scorer, RuleFraudScorer.Instance) ? score : RuleFraudScorer.Instance.Score(features);
        Span<FeatureContribution> top = stackalloc FeatureContribution[TopFeatures];
        var n = scorer.Explain(features, top);
        var contributions = ImmutableArray.CreateBuilder<FraudContribution>(n);
        foreach (var c in top[..n])
        {
            contributions.Add(new FraudContribution(FraudFeatureNames.Of(c.Feature), c.Weight));
        }

        var vector = new double[FraudFeatureNames.Count];
        ((ReadOnlySpan<double>)features).CopyTo(vector);
        return new FraudScore(_guardId, siteId, deviceId, sample.Seq, sample.Ts, sample.Type, score, rules, scorer.Version,
            ImmutableCollectionsMarshal.AsImmutableArray(vector), contributions.MoveToImmutable());
    }

    /// <summary>A fraud alert an operator closed since the last look gives the guard's history its label.</summary>
    private async Task ReadFraudAlertAsync()
    {
        if (Guard.Rules is { FraudAlertId: not null } rules
            && (await Alerts.ReadAsync(new FraudAlertSlot(rules))).Closed is { } closed && FraudLabels.Of(closed) is { } label)
        {
            Guard.Fraud.Label(label);
        }
    }

    private async Task<string?> RaiseFraudAlertAsync(FraudScore score)
    {
        // Read first: a closed alert is released (and a reserved id whose raise never got through kept),
        // so an open alert is updated with the newer event and anything else raises.
        var slot = new FraudAlertSlot(Guard.Rules ??= new GuardRules());
        var draft = new AlertDraft(AlertTypeCatalog.FraudRisk, Severity.High, score.SiteId, _guardId, score.DeviceId, score.Score, FraudEvidence.Json(score), FraudSla);
        var reading = await Alerts.ReadAsync(slot);
        if (reading.Closed is { } closed && FraudLabels.Of(closed) is { } label)
        {
            Guard.Fraud.Label(label);
        }

        if (reading.State == OpenAlertState.None)
        {
            await Alerts.RaiseAsync(slot, draft, clock.GetUtcNow());
        }
        else
        {
            await Alerts.UpdateAsync(slot, draft);
        }

        return slot.AlertId;
    }

    /// <summary>The ledger and the feed hear of the score; a ledger that fails loses this row only (logged), never the batch.</summary>
    private async Task AppendFraudAsync(FraudScore score)
    {
        try
        {
            await fraud.Ledger.AppendAsync(_tenant, score);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogFraudAppendFailed(fraud.Logger, _tenant, _guardId, score.DeviceId, score.Seq, e);
        }

        if (score.Score >= FeedFrom)
        {
            publisher.Publish(FeedEnvelopes.Of(FeedTypes.FraudScore, _tenant, score.SiteId, _guardId, clock.GetUtcNow(), score));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Guard {Tenant}/{GuardId}: the fraud score of {DeviceId}#{Seq} could not be kept in the ledger.")]
    private static partial void LogFraudAppendFailed(ILogger logger, string tenant, string guardId, string deviceId, long seq, Exception exception);
}
