using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Monitoring.Server.Operations;

/// <summary>The web host's own meter and span source, both named <c>Monitoring.Server</c>.</summary>
internal static class ServerTelemetry
{
    public const string Name = "Monitoring.Server";

    public static readonly Meter Meter = new(Name);

    /// <summary>Creates spans only while a tracer listens (<c>Monitoring:Tracing:Exporter</c> other than none).</summary>
    public static readonly ActivitySource Source = new(Name);
}
