using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Monitoring.Contracts.Devices;
using Monitoring.Contracts.Feed;
using Monitoring.Contracts.Guards;
using Monitoring.Contracts.Telemetry;
using Monitoring.Contracts.Tenants;
using Monitoring.Domain.Telemetry;
using Monitoring.Contracts.Scheduling;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Placement;
using Monitoring.Grains.Rules;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Devices;

/// <summary>
/// One phone: drops repeated (device, seq) pairs, keeps the latest readings and the guard binding
/// (from shift_start), and forwards each batch's guard activity in one call per guard.
/// State is written when the binding changes, on the checkpoint period (if any) and when the grain
/// deactivates, never per event.
/// </summary>
[GuardPlacement]
internal sealed partial class DeviceGrain(
    [PersistentState("device")] IPersistentState<DeviceSnapshot> state,
    MonitoringClock clock,
    FeedPublisher publisher,
    CheckpointPolicy checkpoint,
    HealthRulesPolicy rulesPolicy,
    IHealthRules healthRules,
    IPeriodicWork periodicWork,
    DeviceIngestServices ingest) : Grain, IDeviceGrain, IClockDrivenGrain, IFeedSource, ICheckpointed
{
    public static readonly TimeSpan OfflineAfter = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan GuardLastSeenRefresh = TimeSpan.FromMinutes(1);

    private string _tenant = "";
    private string _deviceId = "";
    private SeqDeduplicator _dedup = new();
    private DateTimeOffset _guardToldAt = DateTimeOffset.MinValue;
    private bool _dirty;
    private FeedThrottle _feed = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_tenant, _deviceId) = GrainKeys.Split(this.GetPrimaryKeyString());
        _dedup = new SeqDeduplicator(state.State.MaxSeq, state.State.SeqBits);
        _feed = new FeedThrottle(this.GetGrainId(), publisher, FeedThrottle.DeviceInterval);
        checkpoint.StartTimer(this, () => _dirty ? WriteAsync() : Task.CompletedTask);

        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_dirty)
        {
            await WriteAsync();
        }

        // No nudge would find this activation again: a held-back update goes out now.
        if (_feed.TakeAnyHeldBack())
        {
            await PublishAsync();
        }
    }

    public async ValueTask<IngestCounts> IngestAsync(ImmutableArray<TelemetryEvent> events)
    {
        var snapshot = state.State;
        var heardAt = clock.GetUtcNow();
        await RefreshRulesAsync();
        var plan = DeviceBatchPlan.Make(events, _dedup, snapshot.LastSeenAt, ingest.Limits);
        await AdmitAsync(plan);
        var archived = await ArchiveAsync(plan);
        var routing = new GuardRouting(snapshot.Readings);
        var binding = new DeviceBinding(snapshot.GuardId, snapshot.SiteId);
        var lastSeenAt = snapshot.LastSeenAt;
        foreach (var i in plan.Order)
        {
            if (plan.Fates[i] is EventFate.New or EventFate.Archived)
            {
                lastSeenAt = lastSeenAt is { } seen && seen >= events[i].Ts ? seen : events[i].Ts;
            }

            if (plan.Fates[i] == EventFate.New)
            {
                binding.Route(events[i], routing);
            }
        }

        var accepted = plan.Count(EventFate.New);
        if (binding.GuardId is { } bound && accepted > 0 && !routing.Has(bound)
            && clock.GetUtcNow() - _guardToldAt >= GuardLastSeenRefresh)
        {
            routing.Touch(bound);
        }

        // When the guards cannot be told, nothing of the batch is applied here, and the rows it added
        // to the archive are taken back, so the client's retry counts as new and not as a duplicate.
        try
        {
            await ForwardAsync(routing, lastSeenAt ?? heardAt);
        }
        catch (Exception e) when (e is not OutOfMemoryException && archived is { Count: > 0 })
        {
            await TakeBackAsync(archived);
            throw;
        }

        Apply(plan, heardAt);
        snapshot.GuardId = binding.GuardId;
        snapshot.SiteId = binding.SiteId;
        var duplicates = plan.Count(EventFate.Duplicate) + plan.Count(EventFate.Archived);
        snapshot.EventsAccepted += accepted;
        snapshot.DuplicatesDropped += duplicates;
        _dirty |= accepted > 0;
        if (binding.Changed)
        {
            await SaveBindingAsync();
        }

        if (accepted > 0)
        {
            await EvaluateHealthAsync();
            await FeedChangedAsync();
        }

        return new IngestCounts(accepted, duplicates, plan.Rejected);
    }

    /// <summary>
    /// Holds the batch against the tenant's caps before anything is stored: a device new to the
    /// tenant takes a device slot once (all its events are refused at the cap), and each shift_start
    /// asks its guard, which takes a guard slot and makes sure of its site's (refused per event).
    /// </summary>
    private async Task AdmitAsync(DeviceBatchPlan plan)
    {
        if (!plan.Fates.Contains(EventFate.New))
        {
            return;
        }

        if (!state.State.Admitted)
        {
            if (!await GrainFactory.GetGrain<ITenantQuotaGrain>(_tenant).TryAdmitAsync(QuotaKind.Device))
            {
                var reason = ingest.TenantLimits.Reached(QuotaKind.Device);
                foreach (var i in plan.Order.Where(i => plan.Fates[i] == EventFate.New))
                {
                    plan.Reject(i, "deviceId", reason);
                }

                return;
            }

            state.State.Admitted = true;
            _dirty = true;
        }

        foreach (var i in plan.Order)
        {
            var e = plan.Events[i];
            if (plan.Fates[i] == EventFate.New && e is { Type: EventType.ShiftStart, GuardId: { } guardId, SiteId: { } siteId }
                && await GrainReferences<IGuardGrain>.Get(GrainFactory, GrainKeys.Compose(_tenant, guardId)).AdmitAsync(siteId) is { } refused)
            {
                plan.Reject(i, refused[..Math.Max(0, refused.IndexOf(':', StringComparison.Ordinal))], refused);
            }
        }
    }

    /// <summary>
    /// Commits the plan's new events to the archive, and turns those the archive already held
    /// (acknowledged before a silo died) into duplicates. Returns what this call added.
    /// </summary>
    private async ValueTask<IReadOnlyList<TelemetryEvent>?> ArchiveAsync(DeviceBatchPlan plan)
    {
        if (!plan.Fates.Contains(EventFate.New))
        {
            return null;
        }

        var fresh = plan.NewEvents();
        var verdict = await ingest.Archive.AppendAsync(_tenant, fresh);
        if (verdict.IsAllNew)
        {
            return fresh;
        }

        var added = new List<TelemetryEvent>(fresh.Count);
        var j = 0;
        foreach (var i in plan.Order)
        {
            if (plan.Fates[i] != EventFate.New)
            {
                continue;
            }

            if (verdict.IsNew(j++))
            {
                added.Add(plan.Events[i]);
            }
            else
            {
                plan.Fates[i] = EventFate.Archived;
            }
        }

        return added;
    }

    private async Task TakeBackAsync(IReadOnlyList<TelemetryEvent> archived)
    {
        try
        {
            await ingest.Archive.RemoveAsync(_tenant, archived);
        }
        catch (Exception undo) when (undo is not OutOfMemoryException)
        {
            LogTakeBackFailed(ingest.Logger, _tenant, _deviceId, archived.Count, undo);
        }
    }

    /// <summary>Marks the batch's new and archived events seen and applies the new ones (nothing here can fail).</summary>
    private void Apply(DeviceBatchPlan plan, DateTimeOffset heardAt)
    {
        var snapshot = state.State;
        foreach (var i in plan.Order)
        {
            var fate = plan.Fates[i];
            if (fate is not (EventFate.New or EventFate.Archived))
            {
                continue;
            }

            var e = plan.Events[i];
            var newest = snapshot.LastSeenAt is not { } seen || e.Ts > seen;
            _dedup.TryAccept(e.Seq, newest);
            snapshot.LastSeenAt = newest ? e.Ts : snapshot.LastSeenAt;
            if (fate == EventFate.New)
            {
                snapshot.Readings.Apply(e);
                DeviceTrail.Record(snapshot, e);
                ObserveHealth(e, heardAt);
            }
        }
    }

    /// <summary>
    /// The binding is written at once where storage outlives the silo. The events are already
    /// archived and applied, so a failed write is not the client's failure: the state stays dirty
    /// and goes with the next checkpoint.
    /// </summary>
    private async Task SaveBindingAsync()
    {
        try
        {
            await SaveAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _dirty = true;
            LogBindingWriteFailed(ingest.Logger, _tenant, _deviceId, e);
        }
    }

    public Task<DeviceState?> GetAsync()
    {
        var s = state.State;
        if (s.LastSeenAt is null)
        {
            return Task.FromResult<DeviceState?>(null);
        }

        var r = s.Readings;
        var forecast = s.Health?.Forecast(clock.GetUtcNow());
        return Task.FromResult<DeviceState?>(new DeviceState
        {
            DeviceId = _deviceId,
            GuardId = s.GuardId,
            SiteId = s.SiteId,
            LastSeenAt = s.LastSeenAt,
            Online = clock.GetUtcNow() - s.LastSeenAt.Value < OfflineAfter,
            Battery = r.Battery,
            DrainPctPerHour = forecast?.DrainPctPerHour,
            PredictedEmptyAt = forecast?.EmptyAt,
            Charging = r.Charging,
            BatteryTempC = r.BatteryTempC,
            SignalDbm = r.SignalDbm,
            Network = r.Network,
            MemoryPct = r.MemoryPct,
            Lat = r.Lat,
            Lon = r.Lon,
            AccuracyM = r.AccuracyM,
            LastSeq = _dedup.MaxSeq,
            EventsAccepted = s.EventsAccepted,
            DuplicatesDropped = s.DuplicatesDropped,
        });
    }

    public Task<DeviceHistory> GetHistoryAsync(DateTimeOffset since) =>
        Task.FromResult(new DeviceHistory(_deviceId, DeviceTrail.Since(state.State, since)));

    public Task FlushFeedAsync() => _feed.TakeHeldBack() ? PublishAsync() : Task.CompletedTask;

    private Task FeedChangedAsync() => _feed.Changed() ? PublishAsync() : Task.CompletedTask;

    private async Task PublishAsync()
    {
        if (await GetAsync() is { } device)
        {
            publisher.Publish(FeedEnvelopes.Of(
                FeedTypes.DeviceUpdated, _tenant, state.State.SiteId, state.State.GuardId, clock.GetUtcNow(), device));
        }
    }

    private async Task ForwardAsync(GuardRouting routing, DateTimeOffset lastSeenAt)
    {
        foreach (var (guardId, samples) in routing.Batches)
        {
            var guard = GrainReferences<IGuardGrain>.Get(GrainFactory, GrainKeys.Compose(_tenant, guardId));
            await guard.RecordAsync(new GuardActivityBatch(_deviceId, lastSeenAt, samples));
            _guardToldAt = clock.GetUtcNow();
        }
    }

    /// <summary>Writes the state on a meaningful change, where the storage outlives the silo (<see cref="CheckpointPolicy"/>).</summary>
    private Task SaveAsync()
    {
        _dirty = true;
        return checkpoint.ChangedAsync(this);
    }

    Task ICheckpointed.WriteStateAsync() => WriteAsync();

    private async Task WriteAsync()
    {
        state.State.MaxSeq = _dedup.MaxSeq;
        state.State.SeqBits = _dedup.Bits;
        _dirty = false;
        state.State.Health?.PrepareWrite();
        try
        {
            await state.WriteStateAsync();
        }
        finally
        {
            state.State.Health?.AfterWrite();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Device {Tenant}/{DeviceId}: its guard could not be told, and taking back {Count} archived events failed; a retry of them counts as duplicates.")]
    private static partial void LogTakeBackFailed(ILogger logger, string tenant, string deviceId, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Device {Tenant}/{DeviceId}: writing its new binding failed; it goes with the next checkpoint.")]
    private static partial void LogBindingWriteFailed(ILogger logger, string tenant, string deviceId, Exception exception);
}
