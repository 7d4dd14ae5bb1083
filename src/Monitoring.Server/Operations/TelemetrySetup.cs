using System.Diagnostics.Metrics;
using Monitoring.Grains.Diagnostics;
using Monitoring.Notifications.Worker;
using Monitoring.Server.Hosting;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Monitoring.Server.Operations;

/// <summary>
/// One metrics stack, OpenTelemetry: the host's, the grains' and the deliveries' meters, the
/// runtime's built-in <c>System.Runtime</c> meter and, of Orleans' instruments, only the activation
/// counts, all exported at <c>GET /metrics</c> in the Prometheus text format. Orleans' per-message
/// instruments are dropped by a view, so nothing listens to them. Traces only when an exporter is
/// configured: with <c>none</c> no tracer exists and every span source stays silent.
/// </summary>
internal static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    private const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>
    /// ASP.NET Core's request spans (the parent of <c>ingest.batch</c>: left out, the request's own
    /// unrecorded activity would make the parent-based sampler drop the ingest spans), the host's
    /// and the grains'.
    /// </summary>
    public static readonly string[] TracedSources = ["Microsoft.AspNetCore", ServerTelemetry.Name, GrainTracing.SourceName];

    /// <summary>Orleans' instruments worth a series: activations on this silo, and grains by type.</summary>
    private static readonly HashSet<string> OrleansKept = new(StringComparer.Ordinal) { "orleans-catalog-activations", "orleans-grains" };

    public static WebApplicationBuilder AddMonitoringTelemetry(this WebApplicationBuilder builder, TracingOptions tracing)
    {
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("monitoring-server"))
            .WithMetrics(metrics => metrics
                .AddMeter(ServerTelemetry.Name, GrainMetrics.MeterName, DeliveryMetrics.MeterName, "System.Runtime", OrleansMeter)
                .AddPrometheusExporter(o =>
                {
                    o.ScopeInfoEnabled = false;
                    o.TargetInfoEnabled = false;
                    o.ScrapeResponseCacheDurationMilliseconds = 0;
                }));
        builder.Services.ConfigureOpenTelemetryMeterProvider((services, metrics) =>
        {
            var own = services.GetRequiredService<IMeterFactory>();
            metrics.AddView(instrument => KeepOwnOrleansActivationsOnly(instrument, own));
        });
        if (tracing.IsOn)
        {
            otel.WithTracing(traces => AddExporter(traces
                .AddSource(TracedSources)
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(Math.Clamp(tracing.SampleRatio, 0, 1)))), tracing));
        }

        return builder;
    }

    public static IEndpointConventionBuilder MapMonitoringMetrics(this IEndpointRouteBuilder routes) =>
        routes.MapPrometheusScrapingEndpoint(MetricsPath).AllowAnonymous();

    /// <summary>
    /// Of Orleans' meter, only the activation instruments, and only those of this host's silo (its
    /// meter comes from this host's <see cref="IMeterFactory"/>): another silo in the same process
    /// (tests) would report the same series twice.
    /// </summary>
    private static MetricStreamConfiguration? KeepOwnOrleansActivationsOnly(Instrument instrument, IMeterFactory own) =>
        instrument.Meter.Name == OrleansMeter && (!OrleansKept.Contains(instrument.Name) || !ReferenceEquals(instrument.Meter.Scope, own))
            ? MetricStreamConfiguration.Drop
            : null;

    private static TracerProviderBuilder AddExporter(TracerProviderBuilder traces, TracingOptions tracing) =>
        tracing.Exporter.ToLowerInvariant() switch
        {
            "console" => traces.AddConsoleExporter(),
            "otlp" => traces.AddOtlpExporter(o =>
            {
                if (tracing.OtlpEndpoint is { } endpoint)
                {
                    o.Endpoint = endpoint;
                }

                o.Protocol = string.Equals(tracing.OtlpProtocol, "http/protobuf", StringComparison.OrdinalIgnoreCase)
                    ? OtlpExportProtocol.HttpProtobuf
                    : OtlpExportProtocol.Grpc;
            }),
            _ => throw new StartupRefusedException(
                $"Monitoring:Tracing:Exporter must be none, console or otlp (was '{tracing.Exporter}')."),
        };
}
