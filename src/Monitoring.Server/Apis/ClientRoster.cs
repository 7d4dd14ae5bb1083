namespace Monitoring.Server.Apis;

/// <summary>
/// A front-end's view: the membership table as the silos' management grain reads it. While no silo
/// answers (none started yet, or the gateways unreachable) the list is empty, so health says
/// <c>degraded</c>.
/// </summary>
internal sealed partial class ClientRoster(IGrainFactory grains, ILogger<ClientRoster> logger) : ISiloRoster
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<IReadOnlyList<SiloHealth>> ListAsync(CancellationToken cancellationToken)
    {
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetDetailedHosts(onlyActive: false).WaitAsync(Timeout, cancellationToken);
            return [.. hosts
                .Where(m => m.Status != SiloStatus.Dead)
                .Select(m => new SiloHealth(m.SiloAddress.ToParsableString(), m.SiloName, m.Status.ToString().ToLowerInvariant()))];
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, e.GetType().Name, e.Message);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health: the silos did not answer ({Type}: {Message}); reporting degraded.")]
    private static partial void LogUnreachable(ILogger logger, string type, string message);
}
