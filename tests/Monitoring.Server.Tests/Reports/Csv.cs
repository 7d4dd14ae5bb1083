using System.Text;

namespace Monitoring.Server.Tests.Reports;

/// <summary>A strict RFC 4180 reader for the tests: CRLF row ends, quoted fields with doubled quotes.</summary>
internal static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                for (i++; !(text[i] == '"' && (i + 1 == text.Length || text[i + 1] != '"')); i++)
                {
                    field.Append(text[i]);
                    i += text[i] == '"' ? 1 : 0;
                }

                i++;
            }
            else if (text[i] == ',')
            {
                row.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r')
            {
                Assert.Equal('\n', text[i + 1]);
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i += 2;
            }
            else
            {
                Assert.NotEqual('\n', text[i]);
                field.Append(text[i++]);
            }
        }

        Assert.True(row.Count == 0 && field.Length == 0, "The last row must end with CRLF.");
        return rows;
    }

    /// <summary>The row whose first two fields are <paramref name="dimension"/> and <paramref name="key"/>.</summary>
    public static string[] Row(this List<string[]> rows, string dimension, string key) =>
        Assert.Single(rows, r => r[0] == dimension && r[1] == key);
}
