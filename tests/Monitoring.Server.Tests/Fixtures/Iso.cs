using System.Globalization;

namespace Monitoring.Server.Tests.Fixtures;

/// <summary>ISO-8601 UTC text for times sent to the API.</summary>
public static class Iso
{
    public static string Of(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
