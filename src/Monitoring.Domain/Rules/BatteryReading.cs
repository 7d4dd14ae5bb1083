namespace Monitoring.Domain.Rules;

/// <summary>One battery reading of a device: when, the level in percent, and whether it was charging.</summary>
public readonly record struct BatteryReading(DateTimeOffset At, double Percent, bool Charging);
