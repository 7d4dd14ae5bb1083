using System.Diagnostics;
using System.Net;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// An operator's console acknowledging alerts through the silos in turn. A call that gets no answer
/// or a 5xx is repeated, with the same body, on the next silo until <c>retryFor</c> has passed, as
/// the console would; any other answer than 200 fails the test.
/// </summary>
internal sealed class AlertDesk(IReadOnlyList<SiloProcess> silos, string by)
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(500);

    /// <summary>The calls that failed and were repeated: silo and answer.</summary>
    public List<string> FailedAttempts { get; } = [];

    /// <summary>Acknowledges each alert, in order; returns them once every one was answered 200 (acknowledged).</summary>
    public async Task<List<string>> AcknowledgeAsync(IReadOnlyList<string> alertIds, TimeSpan retryFor)
    {
        var clock = Stopwatch.StartNew();
        foreach (var (alertId, i) in alertIds.Select((a, i) => (a, i)))
        {
            for (var attempt = i; ; attempt++)
            {
                var silo = silos[attempt % silos.Count];
                string failure;
                try
                {
                    var (status, body) = await silo.Client.SendJsonAsync(
                        HttpMethod.Post, $"api/v1/alerts/{alertId}/acknowledge", new { by, notes = "calling the guard" });
                    if (status == HttpStatusCode.OK)
                    {
                        Assert.Equal("acknowledged", body.Text("status"));
                        break;
                    }

                    Assert.True((int)status >= 500, $"acknowledge {alertId} through {silo.Name}: {(int)status} {body}");
                    failure = $"{(int)status} {body.Text("detail")}";
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failure = $"{e.GetType().Name}: {e.Message}";
                }

                FailedAttempts.Add($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {alertId} via {silo.Name}: {failure}");
                Assert.True(clock.Elapsed < retryFor, $"acknowledge {alertId}: still failing after {clock.Elapsed.TotalSeconds:0} s:\n" +
                    string.Join("\n", FailedAttempts.TakeLast(10)));
                await Task.Delay(RetryPause);
            }
        }

        return [.. alertIds];
    }
}
