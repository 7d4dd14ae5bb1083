namespace Monitoring.Persistence.Schema;

/// <summary>
/// The database records a schema version newer than any script this build carries: it was migrated by
/// a newer build, and this one must not run against it.
/// </summary>
public sealed class SchemaTooNewException(int databaseVersion, int newestKnownVersion)
    : InvalidOperationException(
        $"The database records schema version {databaseVersion}, but the newest schema script of this build is " +
        $"version {newestKnownVersion}. The database was migrated by a newer build; nothing was applied. " +
        "Run a build that knows that version, or point this one at a matching database.")
{
    /// <summary>The highest version recorded in <c>schema_versions</c>.</summary>
    public int DatabaseVersion { get; } = databaseVersion;

    /// <summary>The version of the newest script embedded in this build.</summary>
    public int NewestKnownVersion { get; } = newestKnownVersion;
}
