using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Notifications;
using Monitoring.Server.Auth;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Apis;

/// <summary>
/// <c>/api/v1/notifications</c>: the tenant's delivery log, newest first (filters alertId, contactId,
/// status; cursor), and one delivery by id. Each row is one message to one contact on one channel.
/// </summary>
internal static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder routes)
    {
        var log = routes.MapGroup("/api/v1/notifications").WithTags("Notifications");
        log.MapGet("/", ListAsync).RequireAuthorization(Roles.ReadPolicy).WithName("ListNotifications");
        log.MapGet("/{deliveryId}", GetAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetNotification");
        return routes;
    }

    private static async Task<Results<Ok<DeliveryPage>, ValidationProblem>> ListAsync(
        string? alertId, string? contactId, string? status, string? limit, string? cursor,
        ClaimsPrincipal user, INotificationOutbox outbox, CancellationToken cancellationToken)
    {
        if (!PageLimit.TryParse(limit, AlertListQuery.DefaultLimit, AlertListQuery.MaxLimit, out var take))
        {
            return Problems.Problems.Invalid("limit", PageLimit.Rule(AlertListQuery.MaxLimit));
        }

        if (ListFilters.FirstInvalid(("alertId", alertId), ("contactId", contactId)) is { } filter)
        {
            return Problems.Problems.Invalid(filter, Ids.Rule);
        }

        DeliveryStatus? byStatus = null;
        if (status is { Length: > 0 })
        {
            if (!WireEnums.TryParse<DeliveryStatus>(status, out var parsed))
            {
                return Problems.Problems.Invalid("status", "must be one of " + WireEnums.Names<DeliveryStatus>());
            }

            byStatus = parsed;
        }

        if (!DeliveryCursor.TryDecode(cursor, out _))
        {
            return Problems.Problems.Invalid("cursor", "is not a cursor this API returned");
        }

        var page = await outbox.QueryAsync(
            user.Tenant(), new DeliveryQuery(Blank(alertId), Blank(contactId), byStatus, take, Blank(cursor)), cancellationToken);
        return TypedResults.Ok(page);
    }

    private static async Task<Results<Ok<Delivery>, ProblemHttpResult>> GetAsync(
        string deliveryId, ClaimsPrincipal user, INotificationOutbox outbox, CancellationToken cancellationToken) =>
        Ids.IsValid(deliveryId) && await outbox.GetAsync(user.Tenant(), deliveryId, cancellationToken) is { } delivery
            ? TypedResults.Ok(delivery)
            : Problems.Problems.NotFound("Delivery", deliveryId);

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
