using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Notifications;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Apis;

/// <summary><c>/api/v1/contacts</c>: who notifications go to and on which channels (viewer reads, admin changes; secrets never shown).</summary>
internal static class ContactsApi
{
    public static IEndpointRouteBuilder MapContactsApi(this IEndpointRouteBuilder routes)
    {
        var contacts = routes.MapGroup("/api/v1/contacts").WithTags("Notifications");
        contacts.MapGet("/", ListAsync).RequireAuthorization(Roles.ReadPolicy).WithName("ListContacts");
        contacts.MapGet("/{contactId}", GetAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetContact");
        contacts.MapPut("/{contactId}", PutAsync).RequireAuthorization(Roles.AdminPolicy).WithName("PutContact").Audited("contact")
            .WithSummary("Creates or replaces a contact; a channel sent without its secret keeps the one stored for the same kind and target.");
        contacts.MapDelete("/{contactId}", DeleteAsync).RequireAuthorization(Roles.AdminPolicy).WithName("DeleteContact").Audited("contact")
            .WithSummary("Deletes a contact; 409 while a route names it.");
        return routes;
    }

    private static async Task<Ok<Contact[]>> ListAsync(ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok((await Book(grains, user).ListContactsAsync()).ToArray());

    private static async Task<Results<Ok<Contact>, ProblemHttpResult>> GetAsync(string contactId, ClaimsPrincipal user, IGrainFactory grains) =>
        await Book(grains, user).GetContactAsync(contactId) is { } contact ? TypedResults.Ok(contact) : Problems.Problems.NotFound("Contact", contactId);

    private static async Task<Results<Ok<Contact>, ValidationProblem, ProblemHttpResult>> PutAsync(
        string contactId, ContactPutRequest body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (ContactPutValidator.Validate(contactId, body, out var errors) is not { } contact)
        {
            return Problems.Problems.Invalid(errors);
        }

        return BookProblems.Answer(await Book(grains, user).PutContactAsync(contact), "Contact", contactId);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(string contactId, ClaimsPrincipal user, IGrainFactory grains) =>
        BookProblems.Deleted(await Book(grains, user).DeleteContactAsync(contactId), "Contact", contactId);

    private static INotificationBookGrain Book(IGrainFactory grains, ClaimsPrincipal user) => grains.GetGrain<INotificationBookGrain>(user.Tenant());
}
