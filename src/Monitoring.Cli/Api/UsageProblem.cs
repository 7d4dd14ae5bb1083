namespace Monitoring.Cli.Api;

/// <summary>The command line cannot be acted on (no key, a malformed URL): exit code 2, like a parse error.</summary>
internal sealed class UsageProblem(string message) : Exception(message);
