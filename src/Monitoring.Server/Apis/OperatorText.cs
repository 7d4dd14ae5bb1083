namespace Monitoring.Server.Apis;

/// <summary>
/// The rules for free text operators send: names (<c>by</c>, <c>assignee</c>) are one line of at
/// most <see cref="MaxName"/> characters; notes and verification responses may span lines (an
/// operator writes what the guard said, line by line) up to <see cref="MaxNote"/> characters. No
/// control character other than line feed, carriage return and tab in notes, none at all in names,
/// and no lone surrogate anywhere (it cannot be stored or sent as UTF-8).
/// </summary>
internal static class OperatorText
{
    public const int MaxName = 128;
    public const int MaxNote = 2000;

    /// <summary>Checks a required name; records the field's error and returns false when it fails.</summary>
    public static bool CheckName(string? text, string field, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxName)
        {
            errors[field] = [$"required, at most {MaxName} characters"];
            return false;
        }

        return CheckCharacters(text, field, multiline: false, errors);
    }

    /// <summary>Checks an optional (or, with <paramref name="required"/>, present) note.</summary>
    public static bool CheckNote(string? text, string field, bool required, IDictionary<string, string[]> errors)
    {
        if (text is null)
        {
            if (required)
            {
                errors[field] = [$"required, at most {MaxNote} characters"];
            }

            return !required;
        }

        if (text.Length > MaxNote)
        {
            errors[field] = [$"at most {MaxNote} characters"];
            return false;
        }

        return CheckCharacters(text, field, multiline: true, errors);
    }

    /// <summary>Checks the characters alone: no lone surrogate, no control character (but line breaks and tabs when <paramref name="multiline"/>).</summary>
    public static bool CheckCharacters(string text, string field, bool multiline, IDictionary<string, string[]> errors)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                errors[field] = ["contains invalid UTF-16 (a lone surrogate)"];
                return false;
            }

            if (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
            {
                errors[field] = [multiline
                    ? "contains a control character (only line feed, carriage return and tab are allowed)"
                    : "contains a control character"];
                return false;
            }
        }

        return true;
    }
}
