using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Tests.Night;

/// <summary>
/// A small night where every guard has a scripted behaviour (two of each kind, 3 h shifts), built
/// once and shared by the fault tests; each guard's events are made on first use.
/// </summary>
internal sealed class FaultNight
{
    private readonly Dictionary<int, List<NightEvent>> _events = [];

    private FaultNight() =>
        Night = new VirtualNight(new NightSettings
        {
            Seed = 11,
            Guards = 24,
            Sites = 4,
            Length = TimeSpan.FromHours(3),
            Shares = NightSettings.EvenShares(1.0 / 12),
        });

    public static FaultNight Shared { get; } = new();

    public VirtualNight Night { get; }

    public IEnumerable<(FaultTruth Truth, GuardPlan Plan, NightSite Site, List<NightEvent> Events)> Cases(FaultKind kind)
    {
        var found = Night.Faults.Where(f => f.Kind == kind).ToList();
        Assert.Equal(2, found.Count);
        foreach (var truth in found)
        {
            var plan = Night.Guards.Single(p => p.GuardId == truth.GuardId);
            yield return (truth, plan, Night.Sites[plan.SiteIndex], EventsOf(plan.Index));
        }
    }

    public List<NightEvent> EventsOf(int guard)
    {
        lock (_events)
        {
            if (!_events.TryGetValue(guard, out var events))
            {
                _events[guard] = events = [.. Night.EventsOf(guard)];
            }

            return events;
        }
    }
}
