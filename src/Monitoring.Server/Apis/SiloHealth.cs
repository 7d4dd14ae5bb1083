namespace Monitoring.Server.Apis;

/// <summary>One silo of the cluster as membership sees it.</summary>
internal sealed record SiloHealth(string Address, string Name, string Status);
