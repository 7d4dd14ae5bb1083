using Monitoring.Fleet.Night;

namespace Monitoring.Simulator.Quality;

/// <summary>
/// Finds the ground truth an alert belongs to. An alert is about a fault when it names the fault's
/// guard or the fault's device (the second phone of a shared identity reports under the guard),
/// and it falls in the fault's window: [StartsAt, EndsAt + grace]. Among several, the one that
/// started last wins (then the highest id), so the choice never depends on input order.
/// </summary>
internal sealed class AlertMatcher
{
    private readonly Dictionary<string, List<FaultTruth>> _byGuard = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FaultTruth>> _byDevice = new(StringComparer.Ordinal);
    private readonly TimeSpan _grace;

    public AlertMatcher(IEnumerable<FaultTruth> faults, TimeSpan grace)
    {
        _grace = grace;
        foreach (var fault in faults)
        {
            Index(_byGuard, fault.GuardId, fault);
            Index(_byDevice, fault.DeviceId, fault);
        }
    }

    /// <summary>The fault this alert detects: about it, in its window, and of a type it expects.</summary>
    public FaultTruth? Detected(ObservedAlert alert) =>
        Latest(Around(alert).Where(f => f.Expected.Contains(alert.Type, StringComparer.Ordinal)));

    /// <summary>The behaviour (fault or valid) an alert falls beside, whatever its type.</summary>
    public FaultTruth? Beside(ObservedAlert alert) => Latest(Around(alert));

    private IEnumerable<FaultTruth> Around(ObservedAlert alert)
    {
        var guard = alert.GuardId is { } g && _byGuard.TryGetValue(g, out var byGuard) ? byGuard : [];
        var device = alert.DeviceId is { } d && _byDevice.TryGetValue(d, out var byDevice) ? byDevice : [];
        return guard.Union(device).Where(f => alert.RaisedAt >= f.StartsAt && alert.RaisedAt <= f.EndsAt + _grace);
    }

    private static FaultTruth? Latest(IEnumerable<FaultTruth> faults) =>
        faults.OrderByDescending(f => f.StartsAt).ThenByDescending(f => f.FaultId, StringComparer.Ordinal).FirstOrDefault();

    private static void Index(Dictionary<string, List<FaultTruth>> index, string key, FaultTruth fault)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(fault);
    }
}
