namespace Monitoring.Domain.Notifications;

/// <summary>What checking an acknowledge link found.</summary>
public enum AckLinkVerdict
{
    /// <summary>Signed by this host and not expired.</summary>
    Valid,

    /// <summary>Signed by this host, but past its expiry.</summary>
    Expired,

    /// <summary>Malformed, tampered with or signed with another key.</summary>
    Invalid,
}
