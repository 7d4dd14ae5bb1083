namespace Monitoring.Domain.Notifications;

/// <summary>Collects the errors of one check, the first per field, in the order found.</summary>
internal sealed class BookErrors
{
    private readonly List<BookError> _errors = [];

    public IReadOnlyList<BookError> List => _errors;

    public bool Has(string field) => _errors.Exists(e => e.Field == field);

    /// <summary>Records the error when <paramref name="bad"/>; returns <paramref name="bad"/>.</summary>
    public bool Check(bool bad, string field, string message)
    {
        if (bad && !Has(field))
        {
            _errors.Add(new(field, message));
        }

        return bad;
    }

    public void Add(string field, string message) => Check(true, field, message);
}
