namespace Monitoring.Domain.Notifications;

/// <summary>
/// Free text of the book (names, authors, comments): within its length, no lone surrogate (it cannot
/// be stored or sent as UTF-8) and no control character, but line breaks and tabs in multi-line text.
/// </summary>
internal static class BookText
{
    public static void Required(BookErrors errors, string? text, string field, int max, bool multiline = false)
    {
        if (errors.Check(string.IsNullOrWhiteSpace(text) || text.Length > max, field, $"required, at most {max} characters"))
        {
            return;
        }

        Characters(errors, text!, field, multiline);
    }

    public static void Optional(BookErrors errors, string? text, string field, int max)
    {
        if (text is null)
        {
            return;
        }

        if (!errors.Check(text.Length > max || text.Trim().Length == 0, field, $"at most {max} characters, not blank"))
        {
            Characters(errors, text, field, multiline: false);
        }
    }

    public static void Characters(BookErrors errors, string text, string field, bool multiline)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (errors.Check(char.IsSurrogate(c), field, "contains invalid UTF-16 (a lone surrogate)")
                || errors.Check(char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'), field, "contains a control character"))
            {
                return;
            }
        }
    }
}
