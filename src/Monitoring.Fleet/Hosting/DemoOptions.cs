namespace Monitoring.Fleet.Hosting;

/// <summary>
/// The <c>Monitoring:Demo</c> settings: a small virtual fleet the host runs against itself, so a new
/// user sees the grid come alive with one command. Off (0 guards) unless asked for.
/// </summary>
public sealed class DemoOptions
{
    /// <summary>Guards (each with a phone) in the demo fleet; 0 runs none.</summary>
    public int Guards { get; set; }

    /// <summary>Sites the guards are spread over.</summary>
    public int Sites { get; set; } = 4;

    /// <summary>The seed of the night's draws: the same seed plays the same night.</summary>
    public int Seed { get; set; } = 7;
}
