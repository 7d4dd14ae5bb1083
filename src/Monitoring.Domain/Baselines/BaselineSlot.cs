namespace Monitoring.Domain.Baselines;

/// <summary>
/// One hour-of-week slot of a guard's baseline as plain data, what a snapshot stores: how many
/// windows it learned from and, per signal, their mean and Welford M2. Every window feeds every
/// signal, so one count serves all five.
/// </summary>
public readonly record struct BaselineSlot(int HourOfWeek, int Count, SignalValues Means, SignalValues M2s)
{
    public RunningStats Stats(BaselineSignal signal) => new(Count, Means[signal], M2s[signal]);

    public SignalValues StdDevs
    {
        get
        {
            var slot = this;
            return SignalValues.Of(s => slot.Stats(s).StdDev);
        }
    }
}
