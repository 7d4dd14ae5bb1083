using System.Buffers;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Monitoring.Contracts.Telemetry;
using Monitoring.Grains.Scheduling;
using Monitoring.Server.Auth;
using Monitoring.Server.Hosting;
using Monitoring.Server.Ingest;
using Monitoring.Server.Operations;

namespace Monitoring.Server.Apis;

/// <summary><c>POST /api/v1/telemetry</c>: the devices' ingest endpoint.</summary>
internal static class TelemetryApi
{
    public static IEndpointRouteBuilder MapTelemetryApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/telemetry", IngestAsync)
            .RequireAuthorization(Roles.IngestPolicy)
            .WithIngestLimits()
            .Accepts<TelemetryBatchDoc>("application/json")
            .WithName("IngestTelemetry")
            .WithSummary("Ingest a batch of at most 5000 events and 4 MiB; per-event rejections, (device, seq) counted once.");
        return routes;
    }

    private static async Task<Results<Accepted<IngestResponse>, ProblemHttpResult>> IngestAsync(
        HttpRequest request, HttpResponse response, ClaimsPrincipal user, IngestDispatcher dispatcher, MonitoringClock clock,
        IOptions<MonitoringOptions> options, CancellationToken cancellationToken)
    {
        using var span = ServerTelemetry.Source.StartActivity("ingest.batch");
        var body = request.ContentLength > BodyReader.MaxBytes ? null : await BodyReader.ReadAsync(request.BodyReader, cancellationToken);
        if (body is not { } bytes)
        {
            if (request.ContentLength > BodyReader.MaxDrainedBytes || !await BodyReader.DiscardAsync(request.BodyReader, cancellationToken))
            {
                response.Headers.Connection = "close";
            }

            return Problems.Problems.TooLarge($"The body is over {BodyReader.MaxBytes} bytes.");
        }

        ParsedBatch batch;
        try
        {
            batch = Parse(bytes, IngestScope.For(user, clock.GetUtcNow(), options.Value));
        }
        finally
        {
            request.BodyReader.AdvanceTo(bytes.End);
        }

        if (batch.TooManyEvents)
        {
            return Problems.Problems.TooLarge($"A batch holds at most {TelemetryParser.MaxEvents} events.");
        }

        if (batch.Malformed is { } reason)
        {
            return Problems.Problems.BadRequest(reason);
        }

        span?.SetTag("monitoring.events", batch.Events.Count).SetTag("monitoring.rejected", batch.Rejected.Count);
        IngestCounts counts;
        IReadOnlyList<Rejection> rejected = batch.Rejected;
        try
        {
            (counts, var refused) = await dispatcher.DispatchAsync(user.Tenant(), batch.Events);
            if (refused is not null)
            {
                rejected = IngestRejections.Merge(batch.Rejected, batch.Events.Count, refused);
            }
        }
        catch (IngestUnavailableException e)
        {
            IngestMetrics.ArchiveFailed();
            if (e.Saturated)
            {
                response.Headers.RetryAfter = "1";
            }

            return Problems.Problems.Unavailable($"{e.Message} Retry the batch unchanged: events applied before the failure come back as duplicates.");
        }

        IngestMetrics.Acknowledged(counts.Accepted, counts.Duplicates, rejected.Count);
        span?.SetTag("monitoring.accepted", counts.Accepted).SetTag("monitoring.duplicates", counts.Duplicates);
        return TypedResults.Accepted((string?)null, new IngestResponse(counts.Accepted, counts.Duplicates, rejected));
    }

    /// <summary>
    /// Parses the body where it lies when it is one segment; a larger body (most batches) is copied
    /// into a pooled buffer first, not a fresh array per request.
    /// </summary>
    private static ParsedBatch Parse(ReadOnlySequence<byte> bytes, in IngestScope scope)
    {
        if (bytes.IsSingleSegment)
        {
            return TelemetryParser.Parse(bytes.FirstSpan, in scope);
        }

        var length = (int)bytes.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            bytes.CopyTo(buffer);
            return TelemetryParser.Parse(buffer.AsSpan(0, length), in scope);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
