namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// One silo of a rolling restart: its exit code, SIGTERM to exit, and from its replacement's start
/// to active in its own health, in the front-end's, and to the first read the front-end answered after.
/// </summary>
internal sealed record SiloRoll(string Name, int ExitCode, TimeSpan Stopped, TimeSpan OwnActive, TimeSpan Active, TimeSpan Serving);
