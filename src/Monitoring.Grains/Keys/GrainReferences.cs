namespace Monitoring.Grains.Keys;

/// <summary>
/// References to string-keyed grains of one interface, for the ingest hot path. Orleans 10.4's
/// <c>GetGrain&lt;T&gt;(string)</c> resolves the interface on every call (attribute lookup and
/// type-name formatting: about 8% of the host's CPU and 10% of its allocations under ingest load).
/// The grain and interface types depend only on the code, so they are resolved once per process.
/// </summary>
public static class GrainReferences<TGrainInterface>
    where TGrainInterface : IGrainWithStringKey
{
    // Two threads racing here both resolve the same types; either reference serves.
    private static GrainReference? _resolved;

    /// <summary>The grain of <typeparamref name="TGrainInterface"/> keyed <paramref name="key"/>.</summary>
    public static TGrainInterface Get(IGrainFactory grains, string key)
    {
        if (_resolved is not { } resolved)
        {
            var reference = grains.GetGrain<TGrainInterface>(key);
            _resolved = (GrainReference)(object)reference;
            return reference;
        }

        return (TGrainInterface)grains.GetGrain(GrainId.Create(resolved.GrainId.Type, key), resolved.InterfaceType);
    }
}
