namespace Monitoring.Domain.Notifications;

/// <summary>The id rule of the book's own ids and of the site, guard and device ids it names: 1-64 of [A-Za-z0-9._:-].</summary>
public static class BookIds
{
    public const int MaxLength = 64;

    public const string Rule = "must be 1-64 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'";

    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
