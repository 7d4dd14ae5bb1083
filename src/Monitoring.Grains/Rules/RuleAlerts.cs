using System.Globalization;
using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Rules;
using Monitoring.Grains.Alerts;

namespace Monitoring.Grains.Rules;

/// <summary>
/// What a grain does with a health rule's decision, the same for device and guard rules: raise,
/// update or clear the rule's one alert through the owned-alert lifecycle (<see cref="OwnedAlert"/>,
/// which also holds the retry rule).
/// </summary>
internal static class RuleAlerts
{
    /// <summary>Acts on one outcome; true when the slot changed and should be stored.</summary>
    public static async ValueTask<bool> ApplyAsync(
        this OwnedAlert alerts, RuleSlot slot, RuleOutcome outcome, RuleSubject subject, double? value, DateTimeOffset now)
    {
        if (outcome.Decision == AlertDecision.None || outcome.Level is not { } level || subject.SiteId is not { } siteId)
        {
            return false;
        }

        var draft = new AlertDraft(level.Type, level.Severity, siteId, subject.GuardId, subject.DeviceId, value, Evidence(level, value), level.Sla);
        switch (outcome.Decision)
        {
            case AlertDecision.Raise:
                await alerts.RaiseAsync(slot, draft, now);
                return true;
            case AlertDecision.Update:
                return await alerts.UpdateAsync(slot, draft);
            case AlertDecision.Clear:
                return await alerts.ClearAsync(slot, "condition_cleared");
            default:
                return false;
        }
    }

    /// <summary>Clears every open alert of the slots (the shift ended) and forgets their conditions.</summary>
    public static async Task<bool> ClearAllAsync(this OwnedAlert alerts, Dictionary<string, RuleSlot> slots, string reason)
    {
        var changed = slots.Count > 0;
        foreach (var slot in slots.Values)
        {
            await alerts.ClearAsync(slot, reason);
        }

        slots.Clear();
        return changed;
    }

    private static string Evidence(RuleLevel level, double? value) => string.Create(
        CultureInfo.InvariantCulture,
        $"{{\"rule\":\"{level.Type}\",\"threshold\":{level.Threshold},\"value\":{(value is { } v ? Math.Round(v, 2).ToString(CultureInfo.InvariantCulture) : "null")}}}");
}
