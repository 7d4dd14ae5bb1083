namespace Monitoring.Cli.Tests.Fixtures;

/// <summary>A command line aimed at the test host with one of its keys.</summary>
internal static class CliArgs
{
    public static string[] With(this CliHost host, string key, params string[] args) => [.. args, "--url", host.Url, "--key", key];
}
