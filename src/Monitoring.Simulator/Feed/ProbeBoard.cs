using System.Diagnostics;
using System.Globalization;

namespace Monitoring.Simulator.Feed;

/// <summary>
/// The probe guards' current probes, matched against what each client receives. Probe guard k is
/// <c>probe-g-k</c>; only guard_updated envelopes of probe guards are looked at.
/// </summary>
internal sealed class ProbeBoard(int guards, int clients)
{
    public const string GuardPrefix = "probe-g-";

    private readonly Probe?[] _current = new Probe?[guards];
    private readonly int[] _phoneEvents = new int[guards];
    private readonly List<Probe> _all = [];
    private readonly long[] _received = new long[clients];

    public IReadOnlyList<Probe> All => _all;

    /// <summary>Envelopes each client received (all types).</summary>
    public long Received(int client) => Interlocked.Read(ref _received[client]);

    /// <summary>Starts probe for guard k: the next phone event will bring its count to one more.</summary>
    public Probe Start(int guard)
    {
        var probe = new Probe(guard, ++_phoneEvents[guard], clients);
        _all.Add(probe);
        Volatile.Write(ref _current[guard], probe);
        return probe;
    }

    /// <summary>Called by client <paramref name="client"/>'s handler for every envelope, on arrival.</summary>
    public void OnEvent(int client, ProbeEnvelope envelope)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _received[client]);
        if (envelope is not { Type: "guard_updated", GuardId: { } id } || !id.StartsWith(GuardPrefix, StringComparison.Ordinal)
            || !int.TryParse(id.AsSpan(GuardPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var guard)
            || guard >= _current.Length)
        {
            return;
        }

        if (Volatile.Read(ref _current[guard]) is { } probe && envelope.Data?.Window?.PhoneEvents >= probe.PhoneEvents)
        {
            Interlocked.CompareExchange(ref probe.Arrivals[client], now, 0);
        }
    }
}
