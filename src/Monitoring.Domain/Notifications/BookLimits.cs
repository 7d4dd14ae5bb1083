namespace Monitoring.Domain.Notifications;

/// <summary>The bounds of the notification book: sizes per tenant and per item.</summary>
public static class BookLimits
{
    public const int Contacts = 500;
    public const int Routes = 500;
    public const int LiveSilences = 1000;
    public const int Inhibitions = 100;

    public const int NameLength = 200;
    public const int CreatedByLength = 200;
    public const int CommentLength = 1000;
    public const int UrlLength = 2000;

    public const int ChannelsPerContact = 10;
    public const int SitesPerRoute = 100;
    public const int TypesPerItem = 20;
    public const int ContactsPerTier = 50;

    /// <summary>The longest silence.</summary>
    public static readonly TimeSpan SilenceLength = TimeSpan.FromDays(90);

    /// <summary>How far ahead a silence may start.</summary>
    public static readonly TimeSpan SilenceLead = TimeSpan.FromDays(365);

    /// <summary>How long an expired silence stays listed.</summary>
    public static readonly TimeSpan ExpiredKept = TimeSpan.FromDays(7);
}
