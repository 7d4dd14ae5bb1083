namespace Monitoring.Server.Hosting;

/// <summary>
/// A front-end started before its silos keeps trying: every failed connection attempt is logged and
/// tried again after a pause, until one succeeds or the host is stopped. The web port opens once
/// the client is connected.
/// </summary>
internal sealed partial class ClientConnectionRetry(ILogger<ClientConnectionRetry> logger) : IClientConnectionRetryFilter
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);
    private int _attempts;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        var attempt = Interlocked.Increment(ref _attempts);
        LogRetry(logger, attempt, exception.GetType().Name, exception.Message, Pause.TotalSeconds);
        try
        {
            await Task.Delay(Pause, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Front-end: no silo reachable yet (attempt {Attempt}, {Type}: {Message}); trying again in {Seconds} s. " +
        "The silos register in PostgreSQL's membership table under Monitoring:Storage:ClusterId.")]
    private static partial void LogRetry(ILogger logger, int attempt, string type, string message, double seconds);
}
