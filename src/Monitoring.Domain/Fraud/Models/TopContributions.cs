namespace Monitoring.Domain.Fraud.Models;

/// <summary>Keeps the largest contributions in a caller's span, largest first, without allocating.</summary>
public static class TopContributions
{
    /// <summary>Inserts <paramref name="item"/> among the <paramref name="count"/> kept; returns the new count.</summary>
    public static int Insert(Span<FeatureContribution> top, int count, FeatureContribution item)
    {
        if (top.IsEmpty)
        {
            return 0;
        }

        var at = count;
        while (at > 0 && top[at - 1].Weight < item.Weight)
        {
            at--;
        }

        if (at >= top.Length)
        {
            return count;
        }

        var kept = Math.Min(count + 1, top.Length);
        for (var i = kept - 1; i > at; i--)
        {
            top[i] = top[i - 1];
        }

        top[at] = item;
        return kept;
    }
}
