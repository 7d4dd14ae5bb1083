using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Monitoring.Server.Apis.Fraud;

/// <summary>The fraud reads' look-back: a whole number of hours or days in a range, with a default.</summary>
internal static class FraudWindow
{
    public static bool TryParse(string? text, string field, int fallback, int max, out int value, out ValidationProblem problem)
    {
        problem = null!;
        value = fallback;
        if (string.IsNullOrEmpty(text)
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1 && value <= max))
        {
            return true;
        }

        problem = Problems.Problems.Invalid(field, $"must be an integer 1..{max}");
        return false;
    }
}
