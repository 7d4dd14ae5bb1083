using System.Diagnostics;
using Monitoring.Simulator.Http;

namespace Monitoring.Simulator.Failover;

/// <summary>
/// Posts one body until it is acknowledged, as a phone does: the same bytes again after each failure,
/// a short pause between attempts, each attempt bounded. Every attempt is recorded with its timing.
/// </summary>
internal sealed class RetryingPoster(MonitoringClient client, long origin, TimeSpan pause, TimeSpan attemptLimit)
{
    /// <summary>Milliseconds since the run's origin.</summary>
    public double Now() => Stopwatch.GetElapsedTime(origin).TotalMilliseconds;

    /// <summary>Attempts until a 202 or until <paramref name="giveUpMs"/> passes; true when acknowledged.</summary>
    public async Task<bool> PostAsync(long batch, ReadOnlyMemory<byte> body, double giveUpMs, List<Attempt> record, CancellationToken cancellationToken)
    {
        while (true)
        {
            var started = Now();
            var (failure, reply) = await TryPostAsync(body, cancellationToken);
            var ended = Now();
            record.Add(new Attempt(batch, started, ended, failure, reply.Accepted, reply.Duplicates, reply.Rejected));
            if (failure is null)
            {
                return true;
            }

            if (ended >= giveUpMs)
            {
                return false;
            }

            await Task.Delay(pause, cancellationToken);
        }
    }

    private async Task<(string? Failure, Monitoring.Fleet.Http.IngestReply Reply)> TryPostAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(attemptLimit);
        try
        {
            var reply = await client.PostTelemetryAsync(body, attempt.Token);
            return (reply.Ok ? null : $"HTTP {reply.Status}", reply);
        }
        catch (HttpRequestException e)
        {
            return (e.HttpRequestError.ToString(), default);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ($"no answer in {attemptLimit.TotalSeconds:F0} s", default);
        }
    }
}
