namespace Monitoring.Server.Tests.Fixtures;

/// <summary>Fresh ids, so that tests sharing a host never touch each other's devices, guards or sites.</summary>
public static class Fresh
{
    public static string Id(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
