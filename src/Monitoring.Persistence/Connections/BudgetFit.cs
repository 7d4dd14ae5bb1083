namespace Monitoring.Persistence.Connections;

/// <summary>How a silo's connection budget fits a PostgreSQL server.</summary>
public enum BudgetFit
{
    /// <summary>The budget fits beside the connections other clients hold now.</summary>
    Fits,

    /// <summary>The budget fits the server, but not beside what other clients hold now.</summary>
    Crowded,

    /// <summary>The budget exceeds what the server allows ordinary clients at all.</summary>
    Impossible,
}
