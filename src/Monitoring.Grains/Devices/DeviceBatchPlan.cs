using System.Collections.Immutable;
using Monitoring.Contracts.Telemetry;
using Monitoring.Domain.Telemetry;

namespace Monitoring.Grains.Devices;

/// <summary>
/// Decides, before anything changes, the fate of each event of one device batch: new, a repeat, or
/// refused (a sequence number too far ahead). It runs the device's deduplicator on a scratch copy,
/// so a batch that then fails to archive or to reach its guard leaves the device exactly as it was,
/// and the client's retry is counted as new.
/// </summary>
internal sealed class DeviceBatchPlan
{
    [ThreadStatic]
    private static SeqDeduplicator? t_scratch;

    private readonly bool _inOrder;

    private DeviceBatchPlan(ImmutableArray<TelemetryEvent> events, int[] order)
    {
        Events = events;
        Order = order;
        _inOrder = IsIdentity(order);
        Fates = new EventFate[events.Length];
    }

    public ImmutableArray<TelemetryEvent> Events { get; }

    /// <summary>Positions in time order (by timestamp, then sequence).</summary>
    public int[] Order { get; }

    public EventFate[] Fates { get; }

    public List<DeviceRejection>? Rejected { get; private set; }

    public int Count(EventFate fate)
    {
        var count = 0;
        foreach (var f in Fates)
        {
            count += f == fate ? 1 : 0;
        }

        return count;
    }

    /// <summary>Plans the batch against the device's deduplicator and last-seen time, neither of which it changes.</summary>
    public static DeviceBatchPlan Make(
        ImmutableArray<TelemetryEvent> events, SeqDeduplicator dedup, DateTimeOffset? lastSeenAt, IngestLimits limits)
    {
        var plan = new DeviceBatchPlan(events, TimeOrder(events));
        var scratch = t_scratch ??= new SeqDeduplicator();
        scratch.CopyFrom(dedup);
        var lastSeen = lastSeenAt;
        foreach (var i in plan.Order)
        {
            var e = events[i];
            if (scratch.MaxSeq >= 0 && e.Seq - scratch.MaxSeq > limits.MaxSeqAhead)
            {
                plan.Reject(i, "seq", $"seq: more than {limits.MaxSeqAhead} ahead of the device's highest sequence number ({scratch.MaxSeq})");
                continue;
            }

            var newest = lastSeen is not { } seen || e.Ts > seen;
            if (!scratch.TryAccept(e.Seq, newest))
            {
                plan.Fates[i] = EventFate.Duplicate;
                continue;
            }

            lastSeen = newest ? e.Ts : lastSeen;
        }

        return plan;
    }

    /// <summary>Refuses one event (it is then neither stored nor remembered).</summary>
    public void Reject(int position, string field, string error)
    {
        Fates[position] = EventFate.Rejected;
        (Rejected ??= []).Add(new DeviceRejection(position, field, error));
    }

    /// <summary>The new events in time order (what goes to the archive): the batch itself when it is all new and in order.</summary>
    public IReadOnlyList<TelemetryEvent> NewEvents()
    {
        if (_inOrder && Count(EventFate.New) == Events.Length)
        {
            return Events;
        }

        var list = new List<TelemetryEvent>(Events.Length);
        foreach (var i in Order)
        {
            if (Fates[i] == EventFate.New)
            {
                list.Add(Events[i]);
            }
        }

        return list;
    }

    private static bool IsIdentity(int[] order)
    {
        for (var i = 0; i < order.Length; i++)
        {
            if (order[i] != i)
            {
                return false;
            }
        }

        return true;
    }

    private static int[] TimeOrder(ImmutableArray<TelemetryEvent> events)
    {
        var order = new int[events.Length];
        var sorted = true;
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            sorted &= i == 0 || events[i].Ts >= events[i - 1].Ts;
        }

        if (!sorted)
        {
            Array.Sort(order, (a, b) =>
                events[a].Ts != events[b].Ts ? events[a].Ts.CompareTo(events[b].Ts)
                : events[a].Seq != events[b].Seq ? events[a].Seq.CompareTo(events[b].Seq)
                : a.CompareTo(b));
        }

        return order;
    }
}
