using System.Diagnostics;
using Monitoring.Server.Operations;
using Monitoring.Server.Tests.Fixtures;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Monitoring.Server.Tests.Operations;

/// <summary>
/// The ingest and evaluation spans, caught by OpenTelemetry's in-memory exporter listening to the
/// host's span sources: a telemetry batch is one <c>ingest.batch</c> with an <c>ingest.device</c>
/// child per device grain call, and an evaluation is one <c>guard.evaluate</c>.
/// </summary>
[Collection(OperationsCollection.Name)]
public sealed class TracingTests(OperationsHostFixture host)
{
    [Fact]
    public async Task IngestAndEvaluation_WithATracer_ProduceTheirSpans()
    {
        // The exporter adds spans under its processor's lock; they are read once the tracer is gone.
        // Always on: the test client's own request span, if any, must not decide for the host.
        var spans = new List<Activity>();
        var phone = new Phone(host);
        using (var tracer = Sdk.CreateTracerProviderBuilder()
                   .AddSource(TelemetrySetup.TracedSources)
                   .SetSampler(new AlwaysOnSampler())
                   .AddInMemoryExporter(spans)
                   .Build())
        {
            await phone.StartShiftAsync(await host.NowAsync());
            var evaluated = await host.Operator().PostAsync($"api/v1/guards/{phone.GuardId}/evaluate", null);
            Assert.True(evaluated.IsSuccessStatusCode, $"evaluate answered {(int)evaluated.StatusCode}");
            tracer.ForceFlush();
        }

        var device = Assert.Single(spans, s => s.DisplayName == "ingest.device" && Tag(s, "monitoring.device_id") == phone.DeviceId);
        var batch = Assert.Single(spans, s => s.DisplayName == "ingest.batch" && s.SpanId == device.ParentSpanId);
        Assert.Equal(device.TraceId, batch.TraceId);
        Assert.Equal("1", Tag(batch, "monitoring.accepted"));
        Assert.Contains(spans, s => s.DisplayName == "guard.evaluate" && Tag(s, "monitoring.guard_id") == phone.GuardId);
    }

    private static string? Tag(Activity span, string name) => span.GetTagItem(name)?.ToString();
}
