namespace Monitoring.Server.Apis;

/// <summary>The cluster's silos as this process sees them, for <c>GET /api/v1/health</c>.</summary>
internal interface ISiloRoster
{
    /// <summary>Every silo not declared dead, with its status in lower case (<c>active</c>, <c>joining</c>, ...).</summary>
    Task<IReadOnlyList<SiloHealth>> ListAsync(CancellationToken cancellationToken);
}
