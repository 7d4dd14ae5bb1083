using Monitoring.Contracts.Notifications;

namespace Monitoring.Grains.Notifications.Book;

/// <summary>
/// What a tenant's notification book keeps: its items by id, the version, whether the default
/// inhibition rules were laid down (so a deleted default stays deleted), and for silences the status
/// last announced, what the notifiers reported, and when the silence job is armed for.
/// </summary>
[GenerateSerializer, Alias("notification-book-state")]
public sealed class NotificationBookState
{
    [Id(0)] public long Version { get; set; }
    [Id(1)] public bool Seeded { get; set; }
    [Id(2)] public Dictionary<string, Contact> Contacts { get; set; } = new(StringComparer.Ordinal);
    [Id(3)] public Dictionary<string, Route> Routes { get; set; } = new(StringComparer.Ordinal);
    [Id(4)] public Dictionary<string, Silence> Silences { get; set; } = new(StringComparer.Ordinal);
    [Id(5)] public Dictionary<string, Inhibition> Inhibitions { get; set; } = new(StringComparer.Ordinal);
    [Id(6)] public Dictionary<string, SilenceStatus> Announced { get; set; } = new(StringComparer.Ordinal);
    [Id(7)] public Dictionary<string, SilenceTally> Tallies { get; set; } = new(StringComparer.Ordinal);
    [Id(8)] public DateTimeOffset? ArmedFor { get; set; }
}
