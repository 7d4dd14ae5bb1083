using System.Buffers.Text;
using System.Text;
using Monitoring.Server.Ingest;

namespace Monitoring.Server.Apis;

/// <summary>An opaque position in a list ordered by id: the last id returned.</summary>
internal static class IdCursor
{
    public const string Rule = "must be the cursor of a previous page's Link header";

    public static string Encode(string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(id));

    public static bool TryDecode(string? cursor, out string? id)
    {
        id = null;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        if (cursor.Length > 4 * Ids.MaxLength || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        id = text;
        return Ids.IsValid(text);
    }
}
