using System.Diagnostics;

namespace Monitoring.Grains.Diagnostics;

/// <summary>
/// The grains' spans. <see cref="ActivitySource.StartActivity(string, ActivityKind)"/> returns null
/// while nothing listens (tracing off, the default), so an untraced host pays one check per span.
/// </summary>
public static class GrainTracing
{
    public const string SourceName = "Monitoring.Grains";

    internal static readonly ActivitySource Source = new(SourceName);
}
