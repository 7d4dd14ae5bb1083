using System.Collections.Immutable;
using Monitoring.Contracts.Devices;
using Monitoring.Contracts.Feed;
using Monitoring.Contracts.Guards;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;
using Monitoring.Contracts.Scheduling;
using Monitoring.Grains.Feed;
using Monitoring.Grains.Keys;
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
internal sealed partial class DeviceGrain(
    [PersistentState("device")] IPersistentState<DeviceSnapshot> state,
    MonitoringClock clock,
    DueWorkScheduler scheduler,
    FeedPublisher publisher,
    CheckpointPolicy checkpoint,
    HealthRulesPolicy rulesPolicy,
    RuleBookCache rulesCache) : Grain, IDeviceGrain, IClockDrivenGrain, IFeedSource
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
        StartHealth();
        if (checkpoint.Period is { } period)
        {
            this.RegisterGrainTimer(() => _dirty ? WriteAsync() : Task.CompletedTask, period, period);
        }

        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_dirty)
        {
            await WriteAsync();
        }
    }

    public async ValueTask<IngestCounts> IngestAsync(ImmutableArray<TelemetryEvent> events)
    {
        var snapshot = state.State;
        var heardAt = clock.GetUtcNow();
        var ordered = IsOrdered(events) ? events : [.. events.OrderBy(e => e.Ts).ThenBy(e => e.Seq)];
        if (rulesPolicy.Enabled)
        {
            await RefreshRulesAsync();
        }

        var routing = new GuardRouting();
        var bindingChanged = false;
        int accepted = 0, duplicates = 0;
        foreach (var e in ordered)
        {
            var newest = snapshot.LastSeenAt is not { } seen || e.Ts > seen;
            if (!_dedup.TryAccept(e.Seq, newest))
            {
                duplicates++;
                continue;
            }

            accepted++;
            snapshot.LastSeenAt = newest ? e.Ts : snapshot.LastSeenAt;
            snapshot.Readings.Apply(e);
            if (rulesPolicy.Enabled)
            {
                ObserveHealth(e, heardAt);
            }

            bindingChanged |= Route(e, snapshot, routing);
        }

        snapshot.EventsAccepted += accepted;
        snapshot.DuplicatesDropped += duplicates;
        _dirty |= accepted > 0;
        if (snapshot.GuardId is { } bound && accepted > 0 && !routing.Has(bound)
            && clock.GetUtcNow() - _guardToldAt >= GuardLastSeenRefresh)
        {
            routing.Touch(bound);
        }

        await ForwardAsync(routing, snapshot.LastSeenAt ?? clock.GetUtcNow());
        if (bindingChanged)
        {
            await SaveAsync();
        }

        if (accepted > 0 && rulesPolicy.Enabled)
        {
            await EvaluateHealthAsync();
        }

        if (accepted > 0)
        {
            await FeedChangedAsync();
        }

        return new IngestCounts(accepted, duplicates);
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

    private static bool Route(TelemetryEvent e, DeviceSnapshot snapshot, GuardRouting routing)
    {
        var changed = false;
        if (e.Type == EventType.ShiftStart && e.GuardId is not null)
        {
            changed = snapshot.GuardId != e.GuardId || snapshot.SiteId != e.SiteId;
            snapshot.GuardId = e.GuardId;
            snapshot.SiteId = e.SiteId;
        }

        var guard = e.GuardId ?? snapshot.GuardId;
        if (guard is not null)
        {
            routing.Add(guard, e);
        }

        // A phone naming a guard it is not bound to (a second phone under one identity) is always
        // reported to that guard, heartbeats included: concurrent_device needs to hear of it.
        if (e.GuardId is { } named && named != snapshot.GuardId)
        {
            routing.Touch(named);
        }

        if (e.Type == EventType.ShiftEnd && snapshot.GuardId is not null && (e.GuardId is null || e.GuardId == snapshot.GuardId))
        {
            snapshot.GuardId = null;
            changed = true;
        }

        return changed;
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
        return checkpoint.OnChange ? WriteAsync() : Task.CompletedTask;
    }

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

    private static bool IsOrdered(ImmutableArray<TelemetryEvent> events)
    {
        for (var i = 1; i < events.Length; i++)
        {
            if (events[i].Ts < events[i - 1].Ts)
            {
                return false;
            }
        }

        return true;
    }
}
