using Microsoft.AspNetCore.SignalR.Client;

namespace Monitoring.Cli.Tail;

/// <summary>Reconnects for as long as the tail runs: 0, 1, 2, 4 s, then every 10 s.</summary>
internal sealed class ForeverRetry : IRetryPolicy
{
    public TimeSpan? NextRetryDelay(RetryContext retryContext) =>
        TimeSpan.FromSeconds(Math.Min(10, retryContext.PreviousRetryCount == 0 ? 0 : Math.Pow(2, retryContext.PreviousRetryCount - 1)));
}
