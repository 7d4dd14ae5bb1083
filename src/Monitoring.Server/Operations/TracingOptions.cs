namespace Monitoring.Server.Operations;

/// <summary>The <c>Monitoring:Tracing</c> settings: where the ingest and evaluation spans go.</summary>
internal sealed class TracingOptions
{
    /// <summary><c>none</c> (default: no tracer at all, so no span is created), <c>console</c> or <c>otlp</c>.</summary>
    public string Exporter { get; set; } = "none";

    /// <summary>The OTLP receiver, e.g. <c>http://collector:4317</c> (gRPC) (default: the exporter's own, localhost:4317).</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (default) or <c>http/protobuf</c>.</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>The share of traces kept, 0..1 (default 1: every ingest request and evaluation).</summary>
    public double SampleRatio { get; set; } = 1.0;

    public bool IsOn => !string.Equals(Exporter, "none", StringComparison.OrdinalIgnoreCase);
}
