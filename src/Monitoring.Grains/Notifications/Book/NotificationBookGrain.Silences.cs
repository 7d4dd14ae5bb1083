using System.Collections.Immutable;
using Monitoring.Contracts.Feed;
using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Notifications;
using Monitoring.Grains.Feed;

namespace Monitoring.Grains.Notifications.Book;

/// <summary>
/// Silences: created, expired early by an admin, ended once their alerts resolve (when asked to),
/// and listed for <see cref="BookLimits.ExpiredKept"/> after they end. Every status change is
/// announced on the feed (<c>silence_updated</c>) and told to the notifiers of the silence's site.
/// </summary>
internal sealed partial class NotificationBookGrain
{
    public const string ResolvedBy = "resolved";

    public Task<ImmutableArray<SilenceView>> ListSilencesAsync(SilenceStatus? status)
    {
        var now = clock.GetUtcNow();
        return Task.FromResult<ImmutableArray<SilenceView>>(
            [.. Listed(now).Select(s => SilenceView.Of(s, now)).Where(v => status is null || v.Status == status)]);
    }

    public Task<SilenceView?> GetSilenceAsync(string silenceId)
    {
        var now = clock.GetUtcNow();
        return Task.FromResult(Book.Silences.TryGetValue(silenceId, out var silence) && !IsPastKeeping(silence, now) ? SilenceView.Of(silence, now) : null);
    }

    public async Task<BookResult<SilenceView>> CreateSilenceAsync(Silence silence)
    {
        ArgumentNullException.ThrowIfNull(silence);
        var now = clock.GetUtcNow();
        var errors = SilenceRules.Check(BookInputs.Of(silence), now);
        if (errors.Count > 0)
        {
            return BookAnswers.Refused<SilenceView>(errors);
        }

        if (Book.Silences.Values.Count(s => s.StatusAt(now) != SilenceStatus.Expired) >= BookLimits.LiveSilences)
        {
            return BookAnswers.Conflict<SilenceView>("silence", $"the tenant's limit of {BookLimits.LiveSilences} pending or active silences is reached");
        }

        var created = silence with
        {
            SilenceId = "sil_" + Guid.NewGuid().ToString("N")[..20],
            CreatedAt = now,
            EndedAt = null,
            EndedBy = null,
        };
        Book.Silences[created.SilenceId] = created;
        Purge(now);
        return BookAnswers.Done(await ChangedAsync([created], now));
    }

    public async Task<BookResult<SilenceView>> ExpireSilenceAsync(string silenceId, string by)
    {
        var now = clock.GetUtcNow();
        if (!Book.Silences.TryGetValue(silenceId, out var silence) || IsPastKeeping(silence, now))
        {
            return BookAnswers.NotFound<SilenceView>();
        }

        var errors = SilenceRules.CheckEndedBy(by);
        if (errors.Count > 0)
        {
            return BookAnswers.Refused<SilenceView>(errors);
        }

        if (silence.StatusAt(now) == SilenceStatus.Expired)
        {
            return BookAnswers.Done(SilenceView.Of(silence, now));
        }

        var ended = silence with { EndedAt = now, EndedBy = by.Trim() };
        Book.Silences[silenceId] = ended;
        return BookAnswers.Done(await ChangedAsync([ended], now));
    }

    public async Task ReportSilencedAsync(string silenceId, string siteId, int openAlerts)
    {
        var now = clock.GetUtcNow();
        if (!Book.Silences.TryGetValue(silenceId, out var silence) || silence.StatusAt(now) == SilenceStatus.Expired || !BookIds.IsValid(siteId))
        {
            return;
        }

        if (!Book.Tallies.TryGetValue(silenceId, out var tally))
        {
            tally = new SilenceTally();
            Book.Tallies[silenceId] = tally;
        }

        var before = (tally.OpenBySite.GetValueOrDefault(siteId), tally.SilencedAny);
        if (openAlerts > 0)
        {
            tally.OpenBySite[siteId] = openAlerts;
            tally.SilencedAny = true;
        }
        else
        {
            tally.OpenBySite.Remove(siteId);
        }

        if (silence.EndWhenResolved && tally.SilencedAny && tally.OpenBySite.Count == 0 && silence.StatusAt(now) == SilenceStatus.Active)
        {
            var ended = silence with { EndedAt = now, EndedBy = ResolvedBy };
            Book.Silences[silenceId] = ended;
            await ChangedAsync([ended], now);
        }
        else if (before != (tally.OpenBySite.GetValueOrDefault(siteId), tally.SilencedAny))
        {
            await SaveChangeAsync(versioned: false);
        }
    }

    /// <summary>Stores silences whose status changed, re-arms the silence job, then announces each on the feed and to its notifiers.</summary>
    private async Task<SilenceView> ChangedAsync(IReadOnlyList<Silence> changed, DateTimeOffset now)
    {
        foreach (var silence in changed)
        {
            Book.Announced[silence.SilenceId] = silence.StatusAt(now);
        }

        await ArmSilencesAsync(now);
        await SaveChangeAsync();
        foreach (var silence in changed)
        {
            publisher.Publish(FeedEnvelopes.Of(FeedTypes.SilenceUpdated, _tenant, silence.Matchers.SiteId, silence.Matchers.GuardId, now, SilenceView.Of(silence, now)));
        }

        TellNotifiers(changed.Select(s => s.Matchers.SiteId));
        return SilenceView.Of(changed[^1], now);
    }

    private IEnumerable<Silence> Listed(DateTimeOffset now) =>
        Book.Silences.Values
            .Where(s => !IsPastKeeping(s, now))
            .OrderByDescending(s => s.CreatedAt)
            .ThenBy(s => s.SilenceId, StringComparer.Ordinal);

    private static bool IsPastKeeping(Silence silence, DateTimeOffset now) =>
        silence.StatusAt(now) == SilenceStatus.Expired && (silence.EndedAt ?? silence.EndsAt) + BookLimits.ExpiredKept <= now;

    /// <summary>Drops silences ended longer ago than they are kept; true when any was.</summary>
    private bool Purge(DateTimeOffset now)
    {
        var gone = Book.Silences.Values.Where(s => IsPastKeeping(s, now)).Select(s => s.SilenceId).ToList();
        foreach (var id in gone)
        {
            Book.Silences.Remove(id);
            Book.Announced.Remove(id);
            Book.Tallies.Remove(id);
        }

        return gone.Count > 0;
    }
}
