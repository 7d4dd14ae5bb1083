using System.Globalization;
using System.Text;

namespace Monitoring.Server.Apis;

/// <summary>
/// One CSV table as RFC 4180 writes it: a header row, CRLF line ends, and a field quoted (its
/// quotes doubled) when it holds a comma, a quote, a line break or leading or trailing space.
/// Numbers are written in the invariant culture; a missing value is an empty field.
/// </summary>
internal sealed class CsvTable
{
    private readonly StringBuilder _text = new();
    private readonly int _columns;

    public CsvTable(params string[] header)
    {
        _columns = header.Length;
        Row(header);
    }

    public CsvTable Row(params object?[] fields)
    {
        if (fields.Length != _columns)
        {
            throw new ArgumentException($"A row of {fields.Length} fields in a table of {_columns} columns.", nameof(fields));
        }

        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }

            _text.Append(Field(fields[i]));
        }

        _text.Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    public static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            string s => s,
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        var quote = text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])));
        return quote ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
