namespace Monitoring.Domain.Baselines;

/// <summary>One UTC day of operator verdicts on a guard's alerts (day number since 1970-01-01), as counted and stored.</summary>
public readonly record struct ResolutionDay(int Day, int Resolutions, int FalsePositives);
