namespace Monitoring.Contracts.Tenants;

/// <summary>What a tenant's caps count.</summary>
public enum QuotaKind
{
    /// <summary>A site (named by a shift start or put by an admin).</summary>
    Site,

    /// <summary>A guard (first named by a device event).</summary>
    Guard,

    /// <summary>A device (first heard from).</summary>
    Device,
}
