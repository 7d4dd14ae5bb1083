namespace Monitoring.Grains.Devices;

/// <summary>What becomes of one event of a device batch.</summary>
internal enum EventFate : byte
{
    /// <summary>New: archived, applied and counted.</summary>
    New,

    /// <summary>Seen before by this device grain: counted as a duplicate, nothing else.</summary>
    Duplicate,

    /// <summary>New to this grain but already in the archive (acknowledged before a silo died): a duplicate, remembered as seen.</summary>
    Archived,

    /// <summary>Refused (a per-event rejection): never stored, never remembered.</summary>
    Rejected,
}
