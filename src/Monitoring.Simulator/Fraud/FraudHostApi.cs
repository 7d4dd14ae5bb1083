using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Simulator.Fraud;

/// <summary>The fraud routes the verb drives: a guard's scored events, the verdicts, training and its job.</summary>
internal sealed class FraudHostApi(HttpClient http)
{
    public const int LabelBatch = 500;
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public async Task<List<ScoredEvent>> ScoresOfAsync(string guardId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"api/v1/fraud/guards/{Uri.EscapeDataString(guardId)}?days=2", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }

        await EnsureAsync(response, "GET fraud/guards", cancellationToken);
        var history = await response.Content.ReadFromJsonAsync<GuardScores>(Web, cancellationToken);
        return history?.Events ?? [];
    }

    /// <summary>Posts the verdicts in batches; returns how many the host recorded.</summary>
    public async Task<int> LabelAsync(IReadOnlyList<(string DeviceId, long Seq, bool Fraud)> verdicts, CancellationToken cancellationToken)
    {
        var labelled = 0;
        foreach (var chunk in verdicts.Chunk(LabelBatch))
        {
            var body = new
            {
                by = "fraud-simulator",
                replace = true,
                items = chunk.Select(v => new { deviceId = v.DeviceId, seq = v.Seq, label = v.Fraud ? "fraud" : "legit" }),
            };
            using var response = await http.PostAsJsonAsync("api/v1/fraud/labels", body, Web, cancellationToken);
            await EnsureAsync(response, "POST fraud/labels", cancellationToken);
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            labelled += answer.RootElement.GetProperty("labelled").GetInt32() + answer.RootElement.GetProperty("unchanged").GetInt32();
        }

        return labelled;
    }

    /// <summary>
    /// Starts training and waits for its job to finish: the finished job as the host shows it, or the
    /// host's refusal (a 409 with the counts, or a 404 from a host without training) so the run goes
    /// on with the rule-based score.
    /// </summary>
    public async Task<JsonElement> TrainAsync(TimeSpan timeout, TextWriter progress, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync("api/v1/fraud/models/train?by=fraud-simulator", null, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.NotFound)
        {
            progress.WriteLine($"fraud: training refused ({(int)response.StatusCode}); the held-out night is scored by the active scorer");
            return await ReadAsync(response, cancellationToken);
        }

        await EnsureAsync(response, "POST fraud/models/train", cancellationToken);
        var job = await ReadAsync(response, cancellationToken);
        var id = job.GetProperty("jobId").GetString()!;
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (Status(job) is "queued" or "running")
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"training job {id} still {Status(job)} after {timeout.TotalSeconds:F0} s");
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            using var poll = await http.GetAsync($"api/v1/fraud/models/jobs/{Uri.EscapeDataString(id)}", cancellationToken);
            await EnsureAsync(poll, "GET fraud/models/jobs", cancellationToken);
            job = await ReadAsync(poll, cancellationToken);
        }

        progress.WriteLine($"fraud: training job {id} {Status(job)}");
        return job;
    }

    private static string? Status(JsonElement job) => job.GetProperty("status").GetString()?.ToLowerInvariant();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text);
        return document.RootElement.Clone();
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"{what} answered {(int)response.StatusCode}: {text}", null, response.StatusCode);
        }
    }

    private sealed record GuardScores(List<ScoredEvent>? Events);
}
