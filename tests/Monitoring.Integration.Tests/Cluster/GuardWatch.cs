using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>Watches guards through <c>GET /api/v1/guards/{id}</c> (reads only) until their evaluation has run again.</summary>
internal static class GuardWatch
{
    private const int ConcurrentReads = 8;
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Waits until every guard is on shift and its <c>lastEvaluatedAt</c> is after
    /// <paramref name="since"/>; returns, per guard, how long after the call that was first seen.
    /// Each guard is read about once a second, through the silos in turn; a failed read is "not yet".
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, TimeSpan>> EvaluatedSinceAsync(
        IReadOnlyList<SiloProcess> silos, IReadOnlyCollection<string> guardIds, DateTimeOffset since, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var seen = new ConcurrentDictionary<string, TimeSpan>(StringComparer.Ordinal);
        var last = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        using var reads = new SemaphoreSlim(ConcurrentReads);
        await Task.WhenAll(guardIds.Select(async (guardId, n) =>
        {
            for (var attempt = n; clock.Elapsed < timeout; attempt++)
            {
                var silo = silos[attempt % silos.Count];
                await reads.WaitAsync();
                try
                {
                    var state = await silo.Client.GetJsonAsync($"api/v1/guards/{guardId}");
                    last[guardId] = $"via {silo.Name}: onShift {state.GetProperty("onShift")}, lastEvaluatedAt {state.Text("lastEvaluatedAt")}, " +
                        $"lastEvaluation {state.GetProperty("lastEvaluation").GetRawText()}";
                    if (state.GetProperty("onShift").GetBoolean() && state.Time("lastEvaluatedAt") > since)
                    {
                        seen[guardId] = clock.Elapsed;
                        return;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException)
                {
                    last[guardId] = $"via {silo.Name}: {e.GetType().Name}: {e.Message}";
                }
                finally
                {
                    reads.Release();
                }

                await Task.Delay(Pause);
            }
        }));

        var pending = guardIds.Where(g => !seen.ContainsKey(g)).ToList();
        if (pending.Count > 0)
        {
            var states = string.Join("\n", pending.Select(g => $"  {g}: {last.GetValueOrDefault(g, "(no answer)")}"));
            throw new TimeoutException(
                $"{pending.Count} of {guardIds.Count} guards were not evaluated after {since:HH:mm:ss.fff} within {timeout.TotalSeconds:0} s:\n{states}");
        }

        return seen;
    }
}
