namespace Monitoring.Grains.Notifications;

/// <summary>
/// The host's notification settings: where acknowledge links point, the key that signs them and how
/// long they live, and whether alerts reach the notifiers at all.
/// </summary>
public sealed record NotificationSettings
{
    /// <summary>The public base URL acknowledge links start with.</summary>
    public string PublicBaseUrl { get; init; } = "http://localhost:5000";

    /// <summary>
    /// The key that signs acknowledge links. Null: a random key per process (links then die with the
    /// process, and silos of one cluster would not accept each other's links).
    /// </summary>
    public string? LinkSecret { get; init; }

    /// <summary>How long an acknowledge link stays valid.</summary>
    public TimeSpan AckLinkLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Alert changes reach the site notifiers.</summary>
    public bool Enabled { get; init; } = true;

    public static NotificationSettings Default { get; } = new();
}
