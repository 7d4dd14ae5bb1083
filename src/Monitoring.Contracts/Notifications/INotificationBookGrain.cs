using System.Collections.Immutable;

namespace Monitoring.Contracts.Notifications;

/// <summary>
/// A tenant's notification book: contacts, routes, silences and inhibition rules, validated and
/// persisted. Key: <c>{tenant}</c>. Every change raises the version, so a grain that cached the
/// <see cref="NotificationPolicy"/> refreshes it when <see cref="GetVersionAsync"/> differs.
/// </summary>
public interface INotificationBookGrain : IGrainWithStringKey
{
    /// <summary>The whole set-up, secrets included (for the silo's notifiers, never for the API).</summary>
    Task<NotificationPolicy> GetPolicyAsync();

    /// <summary>The current version.</summary>
    Task<long> GetVersionAsync();

    /// <summary>
    /// A site's notifier reports how many open alerts <paramref name="silenceId"/> silences there; a
    /// silence with <c>endWhenResolved</c> ends once it silenced alerts and every site reports none open.
    /// </summary>
    Task ReportSilencedAsync(string silenceId, string siteId, int openAlerts);

    /// <summary>Every contact, by id, secrets masked.</summary>
    Task<ImmutableArray<Contact>> ListContactsAsync();

    /// <summary>One contact, secrets masked; null when unknown.</summary>
    Task<Contact?> GetContactAsync(string contactId);

    /// <summary>
    /// Creates or replaces a contact (<see cref="Contact.ContactId"/> names it). A channel sent without a
    /// secret keeps the secret stored for the channel of the same kind and target, if any.
    /// </summary>
    Task<BookResult<Contact>> PutContactAsync(Contact contact);

    /// <summary>Deletes a contact; refused (<see cref="BookResult{T}.Conflict"/>) while a route names it.</summary>
    Task<BookResult<Contact>> DeleteContactAsync(string contactId);

    /// <summary>Every route, by id.</summary>
    Task<ImmutableArray<Route>> ListRoutesAsync();

    /// <summary>One route; null when unknown.</summary>
    Task<Route?> GetRouteAsync(string routeId);

    /// <summary>Creates or replaces a route; its contacts and sites must exist in the tenant.</summary>
    Task<BookResult<Route>> PutRouteAsync(Route route);

    /// <summary>Deletes a route.</summary>
    Task<BookResult<Route>> DeleteRouteAsync(string routeId);

    /// <summary>Every inhibition rule, by id (a fresh tenant has the default <c>dead-phone</c>).</summary>
    Task<ImmutableArray<Inhibition>> ListInhibitionsAsync();

    /// <summary>One inhibition rule; null when unknown.</summary>
    Task<Inhibition?> GetInhibitionAsync(string inhibitionId);

    /// <summary>Creates or replaces an inhibition rule.</summary>
    Task<BookResult<Inhibition>> PutInhibitionAsync(Inhibition inhibition);

    /// <summary>Deletes an inhibition rule (the default too: it stays deleted).</summary>
    Task<BookResult<Inhibition>> DeleteInhibitionAsync(string inhibitionId);

    /// <summary>The silences (expired ones for 7 days), newest first, with their status now; only those in <paramref name="status"/> when given.</summary>
    Task<ImmutableArray<SilenceView>> ListSilencesAsync(SilenceStatus? status);

    /// <summary>One silence with its status now; null when unknown (or expired more than 7 days ago).</summary>
    Task<SilenceView?> GetSilenceAsync(string silenceId);

    /// <summary>
    /// Creates a silence: the book assigns <see cref="Silence.SilenceId"/> (<c>sil_...</c>) and
    /// <see cref="Silence.CreatedAt"/>, and ignores <see cref="Silence.EndedAt"/> and <see cref="Silence.EndedBy"/>.
    /// </summary>
    Task<BookResult<SilenceView>> CreateSilenceAsync(Silence silence);

    /// <summary>Ends a silence now (idempotent: an expired silence is returned as it is).</summary>
    Task<BookResult<SilenceView>> ExpireSilenceAsync(string silenceId, string by);
}
