using System.Globalization;
using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Rules;
using Monitoring.Grains.Keys;

namespace Monitoring.Grains.Rules;

/// <summary>
/// What a grain does with a health rule's decision, the same for device and guard rules: read the
/// rule's open alert, then raise, update or clear it. A raise stores the new alert's id first (through
/// the owner), so a raise cut short by a failure is retried as the same alert. A struct field of its
/// grain (every guard and phone has one): no object and no delegate of its own.
/// </summary>
internal readonly struct RuleAlerts(IGrainFactory grains, string tenant, IRuleStateOwner owner)
{
    /// <summary>Whether the rule's alert is still open and whether an operator owns it.</summary>
    public ValueTask<OpenAlertState> OpenStateAsync(RuleSlot slot) =>
        slot.AlertId is { } id ? ReadStateAsync(id) : ValueTask.FromResult(OpenAlertState.None);

    private async ValueTask<OpenAlertState> ReadStateAsync(string id)
    {
        var alert = await Alert(id).GetAsync();
        return alert is null || !AlertWorkflow.IsOpen(alert.Status) ? OpenAlertState.None
            : AlertWorkflow.IsOwned(alert.Status) ? OpenAlertState.Owned : OpenAlertState.Unowned;
    }

    /// <summary>Acts on one outcome; true when the slot changed and should be stored.</summary>
    public ValueTask<bool> ApplyAsync(RuleSlot slot, RuleOutcome outcome, RuleSubject subject, double? value, DateTimeOffset now) =>
        outcome.Decision != AlertDecision.None && outcome.Level is { } level && subject.SiteId is { } siteId
            ? ActAsync(slot, outcome.Decision, level, siteId, subject, value, now)
            : ValueTask.FromResult(false);

    private async ValueTask<bool> ActAsync(
        RuleSlot slot, AlertDecision decision, RuleLevel level, string siteId, RuleSubject subject, double? value, DateTimeOffset now)
    {
        var draft = new AlertDraft(level.Type, level.Severity, siteId, subject.GuardId, subject.DeviceId, value, Evidence(level, value), level.Sla);
        switch (decision)
        {
            case AlertDecision.Raise:
                slot.AlertId = "alr_" + Guid.CreateVersion7(now).ToString("N");
                await owner.SaveRuleStateAsync();
                await Alert(slot.AlertId).RaiseAsync(draft);
                return true;
            case AlertDecision.Update when slot.AlertId is { } open:
                await Alert(open).UpdateAsync(draft);
                return true;
            case AlertDecision.Clear when slot.AlertId is { } open:
                await Alert(open).ClearAsync("condition_cleared");
                slot.AlertId = null;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Clears every open alert of the slots (the shift ended) and forgets their conditions.</summary>
    public async Task<bool> ClearAllAsync(Dictionary<string, RuleSlot> slots, string reason)
    {
        var changed = slots.Count > 0;
        foreach (var slot in slots.Values)
        {
            if (slot.AlertId is { } open)
            {
                await Alert(open).ClearAsync(reason);
            }
        }

        slots.Clear();
        return changed;
    }

    private static string Evidence(RuleLevel level, double? value) => string.Create(
        CultureInfo.InvariantCulture,
        $"{{\"rule\":\"{level.Type}\",\"threshold\":{level.Threshold},\"value\":{(value is { } v ? Math.Round(v, 2).ToString(CultureInfo.InvariantCulture) : "null")}}}");

    private IAlertGrain Alert(string id) => grains.GetGrain<IAlertGrain>(GrainKeys.Compose(tenant, id));
}
