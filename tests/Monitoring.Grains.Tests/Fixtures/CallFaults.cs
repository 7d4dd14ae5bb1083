using System.Collections.Concurrent;

namespace Monitoring.Grains.Tests.Fixtures;

/// <summary>
/// A silo call filter that makes chosen grain calls fail before they reach the grain, as an
/// unreachable silo or a refused PostgreSQL write would: by method name and target key, so each
/// test arms it for its own fresh tenant only.
/// </summary>
public sealed class CallFaults : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<(string Method, string Key), int> _left = new();

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> (<c>IAlertIndexGrain.UpsertAsync</c>) on the grain keyed <paramref name="key"/> fail.</summary>
    public void Fail(string method, string key, int times = int.MaxValue) => _left[(method, key)] = times;

    /// <summary>Those calls succeed again.</summary>
    public void Heal(string method, string key) => _left.TryRemove((method, key), out _);

    /// <summary>How many failures are still armed.</summary>
    public int Left(string method, string key) => _left.TryGetValue((method, key), out var left) ? left : 0;

    public Task Invoke(IIncomingGrainCallContext context)
    {
        (string Method, string Key) at = ($"{context.InterfaceMethod?.DeclaringType?.Name}.{context.MethodName}", context.TargetId.Key.ToString()!);
        while (_left.TryGetValue(at, out var left) && left > 0)
        {
            if (_left.TryUpdate(at, left - 1, left))
            {
                throw new TimeoutException($"Injected failure of {at.Method} on {at.Key}.");
            }
        }

        return context.Invoke();
    }
}
