namespace Monitoring.Domain.Rules;

/// <summary>The newest event time of one of a guard's devices.</summary>
public readonly record struct DeviceLastSeen(string DeviceId, DateTimeOffset At);
