namespace Monitoring.Contracts.Notifications;

/// <summary>Filters and paging for the delivery log, newest first.</summary>
[GenerateSerializer, Immutable, Alias("delivery-query")]
public sealed record DeliveryQuery(
    [property: Id(0)] string? AlertId,
    [property: Id(1)] string? ContactId,
    [property: Id(2)] DeliveryStatus? Status,
    [property: Id(3)] int Limit,
    [property: Id(4)] string? Cursor);
