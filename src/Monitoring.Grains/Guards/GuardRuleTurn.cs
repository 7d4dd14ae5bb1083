using Monitoring.Grains.Alerts;
using Monitoring.Grains.Rules;
using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Guards;

/// <summary>What the guard's rule set needs from its grain for one turn: made per call, nothing of it kept.</summary>
internal readonly record struct GuardRuleTurn(
    IHealthRules Source, string Tenant, OwnedAlert Alerts, GuardSnapshot Guard, string GuardId, DateTimeOffset Now, IPeriodicWork WakeUps, GrainId Grain);
