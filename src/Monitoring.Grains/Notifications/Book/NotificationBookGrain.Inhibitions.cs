using System.Collections.Immutable;
using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Notifications;

namespace Monitoring.Grains.Notifications.Book;

/// <summary>Inhibition rules as data: the default <c>dead-phone</c> until an admin changes or deletes it.</summary>
internal sealed partial class NotificationBookGrain
{
    public Task<ImmutableArray<Inhibition>> ListInhibitionsAsync() => Task.FromResult(Sorted(Book.Inhibitions.Values, r => r.InhibitionId));

    public Task<Inhibition?> GetInhibitionAsync(string inhibitionId) => Task.FromResult(Book.Inhibitions.GetValueOrDefault(inhibitionId));

    public async Task<BookResult<Inhibition>> PutInhibitionAsync(Inhibition inhibition)
    {
        ArgumentNullException.ThrowIfNull(inhibition);
        var errors = InhibitionRules.Check(BookInputs.Of(inhibition));
        if (errors.Count > 0)
        {
            return BookAnswers.Refused<Inhibition>(errors);
        }

        if (!Book.Inhibitions.ContainsKey(inhibition.InhibitionId) && Book.Inhibitions.Count >= BookLimits.Inhibitions)
        {
            return BookAnswers.Conflict<Inhibition>("inhibitionId", $"the tenant's limit of {BookLimits.Inhibitions} inhibition rules is reached");
        }

        var candidate = inhibition with { UpdatedAt = clock.GetUtcNow() };
        Book.Inhibitions[candidate.InhibitionId] = candidate;
        await SaveChangeAsync();
        TellNotifiers(siteId: null);
        return BookAnswers.Done(candidate);
    }

    public async Task<BookResult<Inhibition>> DeleteInhibitionAsync(string inhibitionId)
    {
        if (!Book.Inhibitions.Remove(inhibitionId, out var rule))
        {
            return BookAnswers.NotFound<Inhibition>();
        }

        await SaveChangeAsync();
        TellNotifiers(siteId: null);
        return BookAnswers.Done(rule);
    }
}
