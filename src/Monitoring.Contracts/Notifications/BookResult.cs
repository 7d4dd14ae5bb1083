using System.Collections.Immutable;

namespace Monitoring.Contracts.Notifications;

/// <summary>
/// The answer to a change of the notification book: the errors that refused it, or the item now
/// stored (secrets masked). Neither errors nor item: the item to change or delete does not exist.
/// </summary>
[GenerateSerializer, Immutable, Alias("notification-book-result")]
public sealed record BookResult<T>(
    [property: Id(0)] ImmutableArray<FieldError> Errors,
    [property: Id(1)] T? Item)
    where T : class
{
    /// <summary>
    /// True when the refusal is a conflict with what is stored (a contact still used by routes, the
    /// tenant's cap reached) rather than bad input: the API answers 409 instead of 400.
    /// </summary>
    [Id(2)] public bool Conflict { get; init; }

    /// <summary>True when the change was applied (or already stood).</summary>
    public bool Succeeded => Errors.IsDefaultOrEmpty && Item is not null;
}
