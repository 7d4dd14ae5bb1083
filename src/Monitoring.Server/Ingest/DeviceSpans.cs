using System.Diagnostics;
using Monitoring.Server.Operations;

namespace Monitoring.Server.Ingest;

/// <summary>
/// One <c>ingest.device</c> span per device grain call of a batch, children of the batch's span.
/// Exists only while a tracer listens: an untraced batch allocates nothing for it.
/// </summary>
internal sealed class DeviceSpans
{
    private readonly Activity?[] _spans;
    private readonly Activity? _parent;

    private DeviceSpans(int count)
    {
        _spans = new Activity?[count];
        _parent = Activity.Current;
    }

    public static DeviceSpans? Start(int count) => ServerTelemetry.Source.HasListeners() ? new DeviceSpans(count) : null;

    /// <summary>Starts the span of call <paramref name="index"/>; the grain call made next runs inside it.</summary>
    public void Open(int index, string deviceId, int events)
    {
        var span = ServerTelemetry.Source.StartActivity("ingest.device", ActivityKind.Client);
        span?.SetTag("monitoring.device_id", deviceId).SetTag("monitoring.events", events);
        _spans[index] = span;
    }

    /// <summary>Back to the batch's span, so the next device's span is its sibling, not its child.</summary>
    public void Detach() => Activity.Current = _parent;

    public void Close(int index, Exception? failure)
    {
        if (_spans[index] is not { } span)
        {
            return;
        }

        if (failure is not null)
        {
            span.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
        }

        span.Dispose();
    }
}
