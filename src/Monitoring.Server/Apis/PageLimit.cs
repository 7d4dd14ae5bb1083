using System.Globalization;

namespace Monitoring.Server.Apis;

/// <summary>The <c>limit</c> query value of the list endpoints: absent means the default, else 1..max.</summary>
internal static class PageLimit
{
    public static bool TryParse(string? text, int defaultLimit, int max, out int limit)
    {
        limit = defaultLimit;
        return string.IsNullOrEmpty(text)
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit >= 1 && limit <= max);
    }

    public static string Rule(int max) => $"must be an integer 1..{max}";
}
