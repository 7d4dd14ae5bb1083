using System.Collections.Concurrent;

namespace Monitoring.Server.Tests.Fixtures;

/// <summary>
/// A silo-side grain call filter that makes chosen calls fail as a call does when the silo holding
/// the grain leaves the cluster under it: with <see cref="SiloUnavailableException"/>. A fault is
/// armed for one grain (its key ends with the test's fresh id) and one method, a number of times,
/// either before the grain runs the call (it never arrived) or after (it was applied and the
/// answer lost). Registered only by <see cref="DepartingSiloHostFixture"/>.
/// </summary>
public sealed class DepartingSiloFault : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<(string Id, string Method), Fault> _faults = new();

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> on the grain keyed by <paramref name="id"/> fail.</summary>
    public void Arm(string id, string method, int times, bool afterApplying) =>
        _faults[(id, method)] = new Fault(times, afterApplying);

    /// <summary>How many calls of <paramref name="method"/> on <paramref name="id"/> were failed so far.</summary>
    public int Failed(string id, string method) => _faults.TryGetValue((id, method), out var fault) ? fault.Failed : 0;

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (_faults.IsEmpty || Match(context) is not { } fault || !fault.TakeOne())
        {
            await context.Invoke();
            return;
        }

        if (fault.AfterApplying)
        {
            await context.Invoke();
        }

        throw new SiloUnavailableException($"Injected by the test: the silo holding {context.TargetId} left the cluster.");
    }

    private Fault? Match(IIncomingGrainCallContext context)
    {
        var key = context.TargetId.Key.ToString();
        var slash = key.LastIndexOf('/');
        var id = slash < 0 ? key : key[(slash + 1)..];
        return _faults.TryGetValue((id, context.MethodName), out var fault) ? fault : null;
    }

    private sealed class Fault(int times, bool afterApplying)
    {
        private readonly int _times = times;
        private int _left = times;

        public bool AfterApplying { get; } = afterApplying;

        public int Failed => _times - Math.Max(0, Volatile.Read(ref _left));

        public bool TakeOne() => Interlocked.Decrement(ref _left) >= 0;
    }
}
