using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Monitoring.Server.Apis;

/// <summary>An opaque position in the audit log: the id of the last record returned.</summary>
internal static class AuditCursor
{
    private const string Prefix = "audit|";

    public static string Encode(long auditId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + auditId.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out long auditId)
    {
        auditId = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out auditId)
                && auditId > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
