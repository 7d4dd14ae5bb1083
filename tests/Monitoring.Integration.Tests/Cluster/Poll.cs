using System.Diagnostics;
using System.Text.Json;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>Waiting for a condition by asking again, never by a fixed sleep.</summary>
internal static class Poll
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Calls <paramref name="probe"/> until it returns null (done); otherwise it returns what it saw,
    /// which the timeout's message reports. A failed HTTP call counts as "not yet".
    /// </summary>
    public static async Task<TimeSpan> UntilAsync(string what, TimeSpan timeout, Func<Task<string?>> probe)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            string last;
            try
            {
                if (await probe() is not { } notYet)
                {
                    return clock.Elapsed;
                }

                last = notYet;
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException)
            {
                last = $"{e.GetType().Name}: {e.Message}";
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Not {what} within {timeout.TotalSeconds:0} s. Last seen: {last}");
            }

            await Task.Delay(Pause);
        }
    }
}
