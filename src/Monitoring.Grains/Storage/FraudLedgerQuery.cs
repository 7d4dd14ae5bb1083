namespace Monitoring.Grains.Storage;

/// <summary>
/// Which scored events to read, newest first: optionally one guard or one site, scored at or after
/// <see cref="Since"/>, with a score at or above <see cref="MinScore"/>, at most <see cref="Limit"/>.
/// </summary>
public sealed record FraudLedgerQuery(
    string? GuardId,
    string? SiteId,
    DateTimeOffset Since,
    double MinScore,
    int Limit);
