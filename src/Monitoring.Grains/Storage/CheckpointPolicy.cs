namespace Monitoring.Grains.Storage;

/// <summary>
/// How often live grain state (guard windows, device dedup state) is written besides on meaningful
/// changes. Off on the embedded default, where storage dies with the process anyway; with
/// PostgreSQL it bounds how old a guard's state can be after a silo dies.
/// </summary>
public sealed record CheckpointPolicy(TimeSpan? Period)
{
    /// <summary>No periodic writes.</summary>
    public static CheckpointPolicy None { get; } = new((TimeSpan?)null);

    /// <summary>True when state last written at <paramref name="savedAt"/> is due again at <paramref name="now"/>.</summary>
    public bool IsDue(DateTimeOffset savedAt, DateTimeOffset now) => Period is { } period && now - savedAt >= period;
}
