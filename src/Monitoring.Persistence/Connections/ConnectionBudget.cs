namespace Monitoring.Persistence.Connections;

/// <summary>
/// A silo's connection budget: the most connections its one data source may hold, of which the
/// archive writers hold one each for good. The sizing rule for a deployment is
/// silos x budget + other clients &lt;= max_connections - reserved connections.
/// </summary>
public sealed record ConnectionBudget(int MaxConnections, int ArchiveWriters)
{
    /// <summary>Why the budget cannot work whatever the server (null when it can).</summary>
    public string? Problem => MaxConnections <= Math.Max(0, ArchiveWriters)
        ? $"Monitoring:Storage:MaxConnections ({MaxConnections}) must be larger than Monitoring:Storage:ArchiveWriters " +
          $"({ArchiveWriters}): each archive writer holds a connection for good, and the Orleans providers, the event log " +
          "and the history need the rest."
        : null;

    /// <summary>How this budget fits <paramref name="server"/>.</summary>
    public BudgetFit FitOn(ServerConnections server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return MaxConnections > server.Usable ? BudgetFit.Impossible
            : MaxConnections > server.Free ? BudgetFit.Crowded
            : BudgetFit.Fits;
    }

    /// <summary>How many silos of this budget the server holds when nothing else is connected.</summary>
    public int SilosThatFit(ServerConnections server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return Math.Max(0, server.Usable) / MaxConnections;
    }
}
