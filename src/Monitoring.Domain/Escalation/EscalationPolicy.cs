namespace Monitoring.Domain.Escalation;

/// <summary>
/// How an unacknowledged alert escalates, taken from its rule: the response SLA (the alert is due at
/// raised + SLA and escalates once more each further SLA period), the notification tiers in order
/// (level 1 notifies the first tier; levels beyond the list stay on the last tier) and the number of
/// levels after which it stops escalating.
/// </summary>
public sealed class EscalationPolicy
{
    public const int DefaultMaxLevels = 3;

    public EscalationPolicy(TimeSpan slaPeriod, IReadOnlyList<string>? tiers = null, int maxLevels = DefaultMaxLevels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(slaPeriod, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLevels);
        var copy = (tiers ?? DefaultTiers).ToArray();
        if (copy.Length == 0 || copy.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("At least one tier, none blank.", nameof(tiers));
        }

        SlaPeriod = slaPeriod;
        Tiers = copy;
        MaxLevels = maxLevels;
    }

    public static IReadOnlyList<string> DefaultTiers { get; } = ["site_supervisor", "noc_lead", "duty_manager"];

    public TimeSpan SlaPeriod { get; }
    public IReadOnlyList<string> Tiers { get; }
    public int MaxLevels { get; }

    /// <summary>When an alert raised at <paramref name="raisedAt"/> must be acknowledged.</summary>
    public DateTimeOffset SlaDueAt(DateTimeOffset raisedAt) => raisedAt + SlaPeriod;

    /// <summary>When <paramref name="level"/> (1-based) is reached: the SLA due time, then one period per further level.</summary>
    public DateTimeOffset LevelDueAt(DateTimeOffset slaDueAt, int level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        return slaDueAt + SlaPeriod * (level - 1);
    }

    /// <summary>The tier notified at <paramref name="level"/> (1-based).</summary>
    public string TierOf(int level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        return Tiers[Math.Min(level, Tiers.Count) - 1];
    }
}
