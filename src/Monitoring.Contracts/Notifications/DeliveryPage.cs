using System.Collections.Immutable;

namespace Monitoring.Contracts.Notifications;

/// <summary>One page of the delivery log, newest first, and the cursor of the next (null: last page).</summary>
[GenerateSerializer, Immutable, Alias("delivery-page")]
public sealed record DeliveryPage(
    [property: Id(0)] ImmutableArray<Delivery> Items,
    [property: Id(1)] string? NextCursor);
