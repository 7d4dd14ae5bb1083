namespace Monitoring.Fleet.Night;

/// <summary>
/// A seeded, deterministic night of a guard fleet: the sites, every guard's plan and the ground
/// truth of the scripted behaviours are fixed on construction; the telemetry is made lazily, one
/// generator per guard (each with its own <see cref="Random"/> seeded from the seed and the guard's
/// index), merged by delivery time with a priority queue, ties broken by guard index and then by the
/// guard's own order. The same settings give the same night, byte for byte.
/// </summary>
internal sealed class VirtualNight
{
    private readonly SiteLayout[] _layouts;
    private readonly GuardPlan[] _plans;

    public VirtualNight(NightSettings settings)
    {
        settings.Validate();
        Settings = settings;
        Sites = SiteCatalog.Build(settings.Seed, settings.Sites);
        _layouts = [.. Sites.Select((site, i) => new SiteLayout(settings.Seed, i, site))];
        var kinds = BehaviourDraw.Assign(settings);
        _plans = new GuardPlan[settings.Guards];
        for (var i = 0; i < _plans.Length; i++)
        {
            _plans[i] = GuardPlanner.Plan(settings, Sites, kinds[i], i);
        }

        if (settings.LeadFaultAt is { } lead && Array.FindIndex(_plans, p => p.Behaviour?.Kind == FaultKind.SharedIdentity) is >= 0 and var first)
        {
            _plans[first] = GuardPlanner.Lead(_plans[first], lead);
        }

        Faults = [.. _plans.Where(p => p.Behaviour is not null).Select(p => p.Behaviour!)];
        FaultFreeGuardTime = FaultFree(_plans);
    }

    public NightSettings Settings { get; }

    public IReadOnlyList<NightSite> Sites { get; }

    public IReadOnlyList<GuardPlan> Guards => _plans;

    /// <summary>Ground truth: every scripted behaviour, faults and valid ones alike, in guard order.</summary>
    public IReadOnlyList<FaultTruth> Faults { get; }

    /// <summary>
    /// On-shift guard time (shift start to shift_end) outside any fault window, the denominator of
    /// the false-alarm rate. Valid behaviour counts as fault-free; a phone that is switched off or
    /// whose battery died stays a fault until the shift ends.
    /// </summary>
    public TimeSpan FaultFreeGuardTime { get; }

    /// <summary>One guard's events in delivery order.</summary>
    public IEnumerable<NightEvent> EventsOf(int guard)
    {
        var plan = _plans[guard];
        return new GuardScript(plan, _layouts[plan.SiteIndex], Settings.Seed).Events();
    }

    /// <summary>All events of the fleet in delivery order, made as they are read.</summary>
    public IEnumerable<NightEvent> Events()
    {
        var queue = new PriorityQueue<IEnumerator<NightEvent>, (long Ticks, int Guard)>(_plans.Length);
        for (var i = 0; i < _plans.Length; i++)
        {
            var events = EventsOf(i).GetEnumerator();
            if (events.MoveNext())
            {
                queue.Enqueue(events, (events.Current.DeliverAt.UtcTicks, i));
            }
        }

        while (queue.TryPeek(out var head, out var key))
        {
            yield return head.Current;
            if (head.MoveNext())
            {
                queue.DequeueEnqueue(head, (head.Current.DeliverAt.UtcTicks, key.Guard));
            }
            else
            {
                queue.Dequeue().Dispose();
            }
        }
    }

    private static TimeSpan FaultFree(GuardPlan[] plans)
    {
        var total = TimeSpan.Zero;
        foreach (var plan in plans)
        {
            total += plan.ShiftEndAt - plan.ShiftStart;
            if (plan.Behaviour is { IsValidBehaviour: false } fault)
            {
                var silentToEnd = fault.Kind is FaultKind.SwitchedOff or FaultKind.BatteryDying;
                total -= (silentToEnd ? plan.ShiftEndAt : fault.EndsAt) - fault.StartsAt;
            }
        }

        return total;
    }
}
