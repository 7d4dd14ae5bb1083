using Monitoring.Contracts.Feed;
using Monitoring.Grains.Feed;

namespace Monitoring.Grains.Sites;

/// <summary>The site's summary on the live feed, and its worst guard.</summary>
internal sealed partial class SiteGrain
{
    // Scores of the on-shift guards' last evaluations: shown, never decided on, so kept in memory
    // only (after a reactivation each guard's next evaluation, within 5 minutes, brings its own back).
    private readonly Dictionary<string, double> _scores = new(StringComparer.Ordinal);
    private FeedThrottle _feed = null!;

    public Task FlushFeedAsync()
    {
        if (_feed.TakeHeldBack())
        {
            Publish();
        }

        return Task.CompletedTask;
    }

    /// <summary>Something the summary shows changed: publish it now, or once the interval is up.</summary>
    private void Changed()
    {
        if (_feed.Changed())
        {
            Publish();
        }
    }

    private void Publish()
    {
        if (Summary() is { } summary)
        {
            publisher.Publish(FeedEnvelopes.Of(FeedTypes.SiteSummary, _tenant, _siteId, null, clock.GetUtcNow(), summary));
        }
    }

    /// <summary>The on-shift guard with the highest score (ties: the smaller id), or none.</summary>
    private (string? GuardId, double? Score) WorstGuard()
    {
        (string? id, double? score) worst = (null, null);
        foreach (var (guardId, score) in _scores)
        {
            if (Saved.Guards.TryGetValue(guardId, out var standing) && standing.OnShift
                && (worst.score is not { } best || score > best || (score == best && string.CompareOrdinal(guardId, worst.id) < 0)))
            {
                worst = (guardId, score);
            }
        }

        return worst;
    }
}
