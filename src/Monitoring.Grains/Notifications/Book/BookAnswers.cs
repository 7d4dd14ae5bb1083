using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Notifications;

namespace Monitoring.Grains.Notifications.Book;

/// <summary>The book's answers to a change: done, refused (bad input or a conflict with what is stored), or nothing to change.</summary>
internal static class BookAnswers
{
    public static BookResult<T> Done<T>(T item)
        where T : class => new([], item);

    public static BookResult<T> NotFound<T>()
        where T : class => new([], null);

    public static BookResult<T> Refused<T>(IReadOnlyList<BookError> errors)
        where T : class => new([.. errors.Select(e => new FieldError(e.Field, e.Message))], null);

    public static BookResult<T> Conflict<T>(string field, string message)
        where T : class => new([new FieldError(field, message)], null) { Conflict = true };
}
