namespace Monitoring.Grains.Scheduling;

/// <summary>
/// The one clock of the application. In system mode it reads the system clock; in manual mode it
/// stands still until <see cref="Set"/> moves it. Registered as its own type, never as the
/// container's <see cref="TimeProvider"/>, so Orleans' own timers keep running on real time.
/// </summary>
public sealed class MonitoringClock : TimeProvider
{
    private readonly TimeProvider _system;
    private long _manualTicks;

    public MonitoringClock(bool manual, TimeProvider? system = null)
    {
        _system = system ?? System;
        IsManual = manual;
        var start = _system.GetUtcNow();
        _manualTicks = start.UtcTicks - (start.UtcTicks % TimeSpan.TicksPerSecond);
    }

    public bool IsManual { get; }

    public override DateTimeOffset GetUtcNow() =>
        IsManual ? new DateTimeOffset(Interlocked.Read(ref _manualTicks), TimeSpan.Zero) : _system.GetUtcNow();

    /// <summary>Moves the manual clock (forwards or back). Throws in system mode.</summary>
    public void Set(DateTimeOffset now)
    {
        if (!IsManual)
        {
            throw new InvalidOperationException("The system clock cannot be set.");
        }

        Interlocked.Exchange(ref _manualTicks, now.UtcTicks);
    }
}
