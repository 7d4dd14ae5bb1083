using System.Collections.Immutable;

namespace Monitoring.Contracts.Notifications;

/// <summary>The answer to a change of the notification book: the errors that refused it, or the item now stored.</summary>
[GenerateSerializer, Immutable, Alias("notification-book-result")]
public sealed record BookResult<T>(
    [property: Id(0)] ImmutableArray<FieldError> Errors,
    [property: Id(1)] T? Item)
    where T : class
{
    /// <summary>True when the change was applied (or already stood).</summary>
    public bool Succeeded => Errors.IsDefaultOrEmpty && Item is not null;
}
