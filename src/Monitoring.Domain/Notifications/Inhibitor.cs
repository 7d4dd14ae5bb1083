namespace Monitoring.Domain.Notifications;

/// <summary>Which open alert inhibits another.</summary>
public static class Inhibitor
{
    /// <summary>
    /// The open alert that inhibits <paramref name="target"/> under one of the rules (the lowest alert id
    /// when several do, so the answer is stable), or null. A closed target is never inhibited.
    /// </summary>
    public static string? Find(IEnumerable<InhibitionRule> rules, NoticeAlert target, IEnumerable<NoticeAlert> alerts)
    {
        if (!target.IsOpen)
        {
            return null;
        }

        var applicable = rules.Where(r => r.TargetTypes.Contains(target.Type)).ToList();
        if (applicable.Count == 0)
        {
            return null;
        }

        string? found = null;
        foreach (var source in alerts)
        {
            if ((found is null || string.CompareOrdinal(source.AlertId, found) < 0)
                && applicable.Exists(rule => rule.Inhibits(source, target)))
            {
                found = source.AlertId;
            }
        }

        return found;
    }
}
