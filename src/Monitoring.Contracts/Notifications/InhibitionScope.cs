namespace Monitoring.Contracts.Notifications;

/// <summary>What a source alert and a target alert must share for an inhibition to hold.</summary>
public enum InhibitionScope
{
    /// <summary>The same guard.</summary>
    Guard,

    /// <summary>The same device.</summary>
    Device,

    /// <summary>The same site.</summary>
    Site,
}
