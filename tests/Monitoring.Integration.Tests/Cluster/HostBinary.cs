using System.Reflection;
using Monitoring.Integration.Tests.Deployment;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// Where the built host is: <c>src/Monitoring.Server/bin/{Configuration}/net10.0</c> of the
/// configuration these tests were built in, or else the copy next to the test assembly (the test
/// project references the server, so the build puts it there too).
/// </summary>
internal static class HostBinary
{
    private const string FileName = "Monitoring.Server.dll";

    public static string DllPath { get; } = Find();

    public static string Directory => Path.GetDirectoryName(DllPath)!;

    /// <summary>The <c>dotnet</c> executable that runs the tests (the CLI tells its children where it is).</summary>
    public static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string Find()
    {
        var configuration = typeof(HostBinary).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var candidates = new[]
        {
            Path.Combine(RepositoryRoot.Path, "src", "Monitoring.Server", "bin", configuration, "net10.0", FileName),
            Path.Combine(AppContext.BaseDirectory, FileName),
        };
        return candidates.FirstOrDefault(p => File.Exists(p) && File.Exists(Path.ChangeExtension(p, ".runtimeconfig.json")))
            ?? throw new InvalidOperationException("The built host is not at " + string.Join(" or ", candidates) + ".");
    }
}
