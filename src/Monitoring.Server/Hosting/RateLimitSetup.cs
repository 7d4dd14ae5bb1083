using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Hosting;

/// <summary>
/// Per-key rate limits (ASP.NET Core's rate limiter): ingest and the rest in separate token buckets,
/// a key's bucket found by a hash of the key, and a caller without a valid key by its address. Over
/// the limit: 429 problem+json with <c>Retry-After</c>.
/// </summary>
internal static class RateLimitSetup
{
    private const string IngestPolicy = "ingest";

    public static IServiceCollection AddMonitoringRateLimits(this IServiceCollection services, RateLimitOptions options)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(IngestPolicy, context => Partition("ingest:", context, options.IngestPerSecond, options.IngestBurst));
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsIngest(context)
                ? RateLimitPartition.GetNoLimiter("")
                : Partition("api:", context, options.ApiPerSecond, options.ApiBurst));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>Puts an endpoint in the ingest bucket instead of the general one.</summary>
    public static TBuilder WithIngestRateLimit<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder => endpoint.RequireRateLimiting(IngestPolicy);

    private static bool IsIngest(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == IngestPolicy;

    private static RateLimitPartition<string> Partition(string bucket, HttpContext context, double perSecond, int burst)
    {
        if (perSecond <= 0)
        {
            return RateLimitPartition.GetNoLimiter(bucket);
        }

        var caller = context.User.FindFirstValue(Roles.KeyIdClaim) is { } keyId
            ? "key:" + keyId
            : "ip:" + context.Connection.RemoteIpAddress;
        // Refilled in steps of a tenth of the rate (at least one token), so a bucket of 200 a second
        // gets 20 every 100 ms rather than 200 at each second.
        var tokens = (int)Math.Max(1, Math.Ceiling(perSecond / 10));
        return RateLimitPartition.GetTokenBucketLimiter(bucket + caller, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(burst, tokens),
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = TimeSpan.FromSeconds(tokens / perSecond),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = (int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            title: "Too many requests",
            detail: $"This key (or address) is over its request rate; retry in {seconds} s.",
            statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
    }
}
