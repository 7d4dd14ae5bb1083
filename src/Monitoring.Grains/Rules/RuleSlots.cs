using Monitoring.Domain.Rules;

namespace Monitoring.Grains.Rules;

/// <summary>Feeding samples to a grain's rule slots, one slot per rule type.</summary>
internal static class RuleSlots
{
    /// <summary>
    /// Takes one sample for a rule. A rule that has never held gets no slot for a sample where it
    /// does not hold either (with no run and no alert there is nothing to remember), so a healthy
    /// device or guard keeps no rule state at all.
    /// </summary>
    public static void Observe(this Dictionary<string, RuleSlot> slots, string type, DateTimeOffset at, int? level)
    {
        if (!slots.TryGetValue(type, out var slot))
        {
            if (level is null)
            {
                return;
            }

            slot = new RuleSlot();
            slots[type] = slot;
        }

        slot.State = RuleCondition.Observe(slot.State, at, level);
    }
}
