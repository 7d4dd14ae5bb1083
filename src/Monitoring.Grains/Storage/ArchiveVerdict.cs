namespace Monitoring.Grains.Storage;

/// <summary>Which events of an appended list were new to the archive; <see cref="AllNew"/> in the common case.</summary>
public readonly struct ArchiveVerdict
{
    private readonly bool[]? _new;

    /// <summary>A verdict from per-event flags (true: newly archived).</summary>
    public ArchiveVerdict(bool[] isNew) => _new = isNew;

    /// <summary>Every event was new (no per-event flags kept).</summary>
    public static ArchiveVerdict AllNew => default;

    /// <summary>True when every event was new.</summary>
    public bool IsAllNew => _new is null || Array.TrueForAll(_new, n => n);

    /// <summary>True when the event at <paramref name="index"/> was archived by this append.</summary>
    public bool IsNew(int index) => _new is null || _new[index];
}
