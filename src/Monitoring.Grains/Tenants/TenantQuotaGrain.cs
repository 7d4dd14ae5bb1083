using Monitoring.Contracts.Tenants;

namespace Monitoring.Grains.Tenants;

/// <summary>
/// A tenant's admitted guards and devices, counted against <see cref="TenantLimits"/>. The count is
/// written at most once a second (and when the grain deactivates), not per admission: a capacity run
/// admits 200,000 entities through this one grain. A silo dying loses at most a second of counting,
/// which errs towards admitting (the entities' own admitted flags are not counted again).
/// </summary>
internal sealed class TenantQuotaGrain(
    [PersistentState("tenant-quota")] IPersistentState<TenantQuotaSnapshot> state, TenantLimits limits)
    : Grain, ITenantQuotaGrain
{
    private static readonly TimeSpan WritePeriod = TimeSpan.FromSeconds(1);
    private bool _dirty;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(() => _dirty ? WriteAsync() : Task.CompletedTask, WritePeriod, WritePeriod);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        _dirty ? WriteAsync() : Task.CompletedTask;

    public Task<bool> TryAdmitAsync(QuotaKind kind)
    {
        var count = CountOf(kind);
        if (count >= limits.CapOf(kind))
        {
            return Task.FromResult(false);
        }

        Set(kind, count + 1);
        _dirty = true;
        return Task.FromResult(true);
    }

    public Task<int> CountAsync(QuotaKind kind) => Task.FromResult(CountOf(kind));

    private int CountOf(QuotaKind kind) => kind switch
    {
        QuotaKind.Site => state.State.Sites,
        QuotaKind.Guard => state.State.Guards,
        _ => state.State.Devices,
    };

    private void Set(QuotaKind kind, int count)
    {
        switch (kind)
        {
            case QuotaKind.Site:
                state.State.Sites = count;
                break;
            case QuotaKind.Guard:
                state.State.Guards = count;
                break;
            default:
                state.State.Devices = count;
                break;
        }
    }

    private async Task WriteAsync()
    {
        _dirty = false;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            _dirty = true;
            throw;
        }
    }
}
