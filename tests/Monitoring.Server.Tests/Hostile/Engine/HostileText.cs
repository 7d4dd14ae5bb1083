using System.Text;

namespace Monitoring.Tests.Shared.Hostile;

/// <summary>Short, printable renderings of bodies for reports and failure messages.</summary>
internal static class HostileText
{
    public static string Preview(byte[] body, int max = 160)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, max * 4));
        var shown = new StringBuilder();
        foreach (var c in text)
        {
            if (shown.Length >= max)
            {
                shown.Append("…(").Append(body.Length).Append(" bytes)");
                break;
            }

            shown.Append(c < ' ' || char.IsSurrogate(c) || c == '\uFFFD' ? $"\\u{(int)c:x4}" : c);
        }

        return shown.ToString();
    }

    public static string Preview(string text, int max = 300) => Preview(Encoding.UTF8.GetBytes(text), max);
}
