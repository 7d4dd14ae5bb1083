using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Inactivity;
using Monitoring.Grains.Keys;

namespace Monitoring.Grains.Alerts;

/// <summary>
/// The lifecycle of an alert a grain raises on its own behalf (a guard's inactivity and baseline
/// alerts, a guard's or a phone's health-rule alerts): read it back, raise, update, clear. The id
/// lives in the owner's state (<see cref="IOwnedAlertSlot"/>) and is made here only. Built on the
/// spot where it is needed (two references and the owner): no object and no field per grain.
/// </summary>
/// <remarks>
/// The one retry rule. A raise first reserves the id (<c>alr_</c> and a version-7 Guid) in the slot
/// and stores the owner's state, then raises. A raise cut short (a silo dies, the call times out)
/// leaves the id reserved: reading it back finds no alert, or the alert if the raise got through,
/// and the next raise uses the same id, so a retry is the same alert (the alert grain takes a
/// repeated raise as a retry and only tells the others again). An id is released when its alert is
/// read back closed, or when a clear closes it; an alert an operator owns stays the owner's until it
/// is resolved.
/// </remarks>
internal readonly struct OwnedAlert(IGrainFactory grains, string tenant, IAlertOwner owner)
{
    public const string IdPrefix = "alr_";

    /// <summary>
    /// Whether the slot's alert is open and whether an operator owns it. A closed alert is released
    /// from the slot and returned (for the owner's resolution bookkeeping); a reserved id whose raise
    /// never got through reads as no alert and stays reserved.
    /// </summary>
    public async ValueTask<OwnedAlertReading> ReadAsync<TSlot>(TSlot slot)
        where TSlot : IOwnedAlertSlot
    {
        if (slot.AlertId is not { } id || await Alert(id).GetAsync() is not { } alert)
        {
            return default;
        }

        if (!AlertWorkflow.IsOpen(alert.Status))
        {
            slot.AlertId = null;
            return new OwnedAlertReading(OpenAlertState.None, alert);
        }

        return new OwnedAlertReading(AlertWorkflow.IsOwned(alert.Status) ? OpenAlertState.Owned : OpenAlertState.Unowned, alert);
    }

    /// <summary>Raises the slot's alert: under its reserved id, or under a new one stored first (the retry rule above).</summary>
    public async Task RaiseAsync<TSlot>(TSlot slot, AlertDraft draft, DateTimeOffset now)
        where TSlot : IOwnedAlertSlot
    {
        if (slot.AlertId is not { } id)
        {
            id = IdPrefix + Guid.CreateVersion7(now).ToString("N");
            slot.AlertId = id;
            await owner.StoreAlertIdAsync();
        }

        await Alert(id).RaiseAsync(draft);
    }

    /// <summary>Changes the open alert's severity, score and evidence; false when the slot has none.</summary>
    public async Task<bool> UpdateAsync<TSlot>(TSlot slot, AlertDraft draft)
        where TSlot : IOwnedAlertSlot
    {
        if (slot.AlertId is not { } id)
        {
            return false;
        }

        await Alert(id).UpdateAsync(draft);
        return true;
    }

    /// <summary>Clears the slot's alert; false when the slot has none.</summary>
    public async Task<bool> ClearAsync<TSlot>(TSlot slot, string reason)
        where TSlot : IOwnedAlertSlot
    {
        if (slot.AlertId is not { } id)
        {
            return false;
        }

        var cleared = await Alert(id).ClearAsync(reason);
        slot.AlertId = cleared is { Status: not AlertStatus.Resolved } ? id : null;
        return true;
    }

    /// <summary>The slot's alert as it stands, or null (none, or a raise that never got through).</summary>
    public Task<Alert?> GetAsync<TSlot>(TSlot slot)
        where TSlot : IOwnedAlertSlot =>
        slot.AlertId is { } id ? Alert(id).GetAsync() : Task.FromResult<Alert?>(null);

    private IAlertGrain Alert(string id) => grains.GetGrain<IAlertGrain>(GrainKeys.Compose(tenant, id));
}
