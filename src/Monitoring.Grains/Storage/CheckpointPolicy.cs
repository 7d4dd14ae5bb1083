namespace Monitoring.Grains.Storage;

/// <summary>
/// When live grain state (guard windows, device dedup state) is written. With PostgreSQL: on every
/// meaningful change and every <see cref="Period"/>, which bounds how old a guard's state can be
/// after a silo dies. On the embedded default (<see cref="Embedded"/>) the memory storage dies with
/// the process, so writes while the grain is active buy nothing: state is written when the grain
/// deactivates (idle, or the silo shutting down), and an on-shift guard keeps no stored copy of its
/// full window and scores beside the live one. Grains call <see cref="ChangedAsync"/>,
/// <see cref="IsDue"/> and <see cref="StartTimer"/> without asking which policy is in force.
/// </summary>
public sealed record CheckpointPolicy(TimeSpan? Period, bool OnChange = true)
{
    /// <summary>Writes on change, none periodic.</summary>
    public static CheckpointPolicy None { get; } = new((TimeSpan?)null);

    /// <summary>The embedded default: writes only when the grain deactivates.</summary>
    public static CheckpointPolicy Embedded { get; } = new((TimeSpan?)null, OnChange: false);

    /// <summary>True when state last written at <paramref name="savedAt"/> is due again at <paramref name="now"/>.</summary>
    public bool IsDue(DateTimeOffset savedAt, DateTimeOffset now) => Period is { } period && now - savedAt >= period;

    /// <summary>A meaningful change: writes the grain's state where the storage outlives the silo.</summary>
    internal Task ChangedAsync(ICheckpointed grain) => OnChange ? grain.WriteStateAsync() : Task.CompletedTask;

    /// <summary>Starts the grain's periodic write (a timer for the activation's life), if the policy has a period.</summary>
    internal void StartTimer(IGrainBase grain, Func<Task> writeIfDirty)
    {
        if (Period is { } period)
        {
            grain.RegisterGrainTimer(writeIfDirty, period, period);
        }
    }
}
