using System.Collections.Immutable;
using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Notifications;

namespace Monitoring.Grains.Notifications.Book;

/// <summary>Contacts: stored with their secrets, shown without them; one a route still names cannot be deleted.</summary>
internal sealed partial class NotificationBookGrain
{
    public Task<ImmutableArray<Contact>> ListContactsAsync() =>
        Task.FromResult(Sorted(Book.Contacts.Values.Select(ContactSecrets.Mask), c => c.ContactId));

    public Task<Contact?> GetContactAsync(string contactId) =>
        Task.FromResult(Book.Contacts.TryGetValue(contactId, out var contact) ? ContactSecrets.Mask(contact) : null);

    public async Task<BookResult<Contact>> PutContactAsync(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var stored = contact.ContactId is { } id ? Book.Contacts.GetValueOrDefault(id) : null;
        var candidate = ContactSecrets.Carry(contact, stored) with { UpdatedAt = clock.GetUtcNow() };
        var errors = ContactRules.Check(BookInputs.Of(candidate));
        if (errors.Count > 0)
        {
            return BookAnswers.Refused<Contact>(errors);
        }

        if (stored is null && Book.Contacts.Count >= BookLimits.Contacts)
        {
            return BookAnswers.Conflict<Contact>("contactId", $"the tenant's limit of {BookLimits.Contacts} contacts is reached");
        }

        Book.Contacts[candidate.ContactId] = candidate;
        await SaveChangeAsync();
        return BookAnswers.Done(ContactSecrets.Mask(candidate));
    }

    public async Task<BookResult<Contact>> DeleteContactAsync(string contactId)
    {
        if (!Book.Contacts.TryGetValue(contactId, out var contact))
        {
            return BookAnswers.NotFound<Contact>();
        }

        var users = Book.Routes.Values
            .Where(r => BookInputs.Items(r.Tiers).Any(t => BookInputs.Items(t.ContactIds).Contains(contactId, StringComparer.Ordinal)))
            .Select(r => r.RouteId)
            .ToList();
        if (users.Count > 0)
        {
            return BookAnswers.Conflict<Contact>("contactId", $"used by routes {Names(users)}; change or delete them first");
        }

        Book.Contacts.Remove(contactId);
        await SaveChangeAsync();
        return BookAnswers.Done(ContactSecrets.Mask(contact));
    }
}
