using Orleans.Runtime.Placement;

namespace Monitoring.Grains.Placement;

/// <summary>
/// The guard a device grain's first call is for, carried in the call's request context so that
/// guard placement puts the device beside its guard. Named only around a call that may activate
/// the device (a batch with a shift start), then forgotten.
/// </summary>
public static class GuardPlacementHint
{
    /// <summary>Request-context key: the guard grain's key (<c>{tenant}/{guardId}</c>).</summary>
    public const string Key = "monitoring.guard";

    private static readonly GrainType GuardType = GrainType.Create("guard");

    /// <summary>Calls made from here on name the guard (the guard grain's key).</summary>
    public static void Name(string guardKey) => RequestContext.Set(Key, guardKey);

    /// <summary>Calls made from here on name no guard.</summary>
    public static void Forget() => RequestContext.Remove(Key);

    /// <summary>The hash guard placement places by: the guard's key, named in the call or the grain's own.</summary>
    internal static uint? KeyHash(PlacementTarget target)
    {
        if (target.RequestContextData is { Count: > 0 } data && data.TryGetValue(Key, out var value) && value is string guardKey)
        {
            return IdSpan.Create(guardKey).GetUniformHashCode();
        }

        return target.GrainIdentity.Type.Equals(GuardType) ? target.GrainIdentity.Key.GetUniformHashCode() : null;
    }
}
