using System.Collections.Immutable;

namespace Monitoring.Contracts.Notifications;

/// <summary>
/// A tenant's notification set-up as one versioned snapshot: contacts (with secrets), routes,
/// silences (expired ones too, for a while) and inhibition rules. The version rises with every change.
/// </summary>
[GenerateSerializer, Immutable, Alias("notification-policy")]
public sealed record NotificationPolicy(
    [property: Id(0)] long Version,
    [property: Id(1)] ImmutableArray<Contact> Contacts,
    [property: Id(2)] ImmutableArray<Route> Routes,
    [property: Id(3)] ImmutableArray<Silence> Silences,
    [property: Id(4)] ImmutableArray<Inhibition> Inhibitions);
