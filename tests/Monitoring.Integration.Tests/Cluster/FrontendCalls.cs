using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// What the handover tests do through a front-end besides telemetry: evaluate guards, acknowledge
/// their alerts once each, read guards in a loop, and count a silo's activations.
/// </summary>
internal static class FrontendCalls
{
    /// <summary>
    /// The activations of <paramref name="grainType"/> on <paramref name="silo"/>, from its
    /// <c>orleans_catalog_activations</c> gauge on <c>/metrics</c>.
    /// </summary>
    public static async Task<long> GrainsOnAsync(SiloProcess silo, string grainType)
    {
        var text = await silo.Client.GetStringAsync("metrics");
        // "name{labels} value [timestamp]"
        return text.Split('\n')
            .Where(l => l.StartsWith("orleans_catalog_activations{", StringComparison.Ordinal) && l.Contains($"grain_type=\"{grainType}\"", StringComparison.Ordinal))
            .Sum(l => (long)double.Parse(l[(l.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
    }

    /// <summary>Evaluates the guard through the front-end; returns the ids of its active alerts.</summary>
    public static async Task<IEnumerable<string>> EvaluateAsync(SiloProcess frontend, string guardId)
    {
        var (status, state) = await frontend.Client.SendJsonAsync(HttpMethod.Post, $"api/v1/guards/{guardId}/evaluate", new { });
        Assert.True(status == HttpStatusCode.OK, $"evaluate {guardId}: {(int)status} {state}");
        return state.GetProperty("activeAlerts").EnumerateArray().Select(a => a.GetProperty("alertId").GetString()!);
    }

    /// <summary>
    /// One acknowledgement per alert by <paramref name="by"/>, no retry: a 200 lands in
    /// <paramref name="acknowledged"/>, anything else in <paramref name="refused"/>.
    /// </summary>
    public static async Task AcknowledgeAsync(
        SiloProcess frontend, string by, IReadOnlyList<string> alertIds, TimeSpan pause, ConcurrentQueue<string> acknowledged, ConcurrentQueue<string> refused)
    {
        foreach (var alertId in alertIds)
        {
            try
            {
                var (status, body) = await frontend.Client.SendJsonAsync(
                    HttpMethod.Post, $"api/v1/alerts/{alertId}/acknowledge", new { by, notes = "calling the guard" });
                if (status == HttpStatusCode.OK && body.Text("status") == "acknowledged")
                {
                    acknowledged.Enqueue(alertId);
                }
                else
                {
                    refused.Enqueue($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {alertId}: {(int)status} {body}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                refused.Enqueue($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {alertId}: {e.GetType().Name} {e.Message}");
            }

            await Task.Delay(pause);
        }
    }

    /// <summary>Reads the guards' state through the front-end in turn until <paramref name="stop"/>; the tally counts every answer.</summary>
    public static async Task ReadGuardsAsync(SiloProcess frontend, IReadOnlyList<string> guardIds, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            try
            {
                using var response = await frontend.Client.GetAsync($"api/v1/guards/{guardIds[i % guardIds.Count]}", stop);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                // Counted by the tally when it was no answer; the loop ends on stop.
            }

            try
            {
                await Task.Delay(100, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
