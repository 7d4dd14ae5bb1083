using Monitoring.Fleet.Fraud;
using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Tests.Fraud;

/// <summary>One fraud night with every behaviour many times (built once per test class), and reads over it.</summary>
public sealed class FraudNightFixture
{
    internal FraudNight Night { get; } = new(new FraudNightSettings { Seed = 7, Guards = 160, Sites = 6, FraudShare = 0.7 });

    internal IEnumerable<FraudGuardPlan> Of(FraudBehaviour behaviour) => Night.Guards.Where(g => g.Behaviour == behaviour);

    internal IEnumerable<NightEvent> EventsOf(FraudGuardPlan plan) => Night.Events.Where(e => e.Guard == plan.Index);

    internal bool IsFraud(NightEvent e) =>
        Night.Truth.Any(t => t.DeviceId == e.DeviceId && t.Seq == e.Seq && t.IsFraud);

    internal NightSite Site(FraudGuardPlan plan) => Night.Sites[plan.SiteIndex];

    internal static double DistanceFromCentre(NightSite site, NightEvent e) => LocalFrame.DistanceM(site.Lat, site.Lon, e.Lat!.Value, e.Lon!.Value);

    internal static double Kmh(NightEvent a, NightEvent b) =>
        LocalFrame.DistanceM(a.Lat!.Value, a.Lon!.Value, b.Lat!.Value, b.Lon!.Value) / 1000 / Math.Max(1e-9, (b.Ts - a.Ts).TotalHours);
}
