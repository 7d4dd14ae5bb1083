namespace Monitoring.Grains.Notifications.Book;

/// <summary>What the site notifiers reported about one silence: open alerts it silences per site (none kept as zero), and whether it ever silenced one.</summary>
[GenerateSerializer, Alias("silence-tally")]
public sealed class SilenceTally
{
    [Id(0)] public Dictionary<string, int> OpenBySite { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public bool SilencedAny { get; set; }
}
