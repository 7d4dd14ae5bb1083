namespace Monitoring.Tests.Shared.Hostile;

/// <summary>What the host answered to one hostile request (status 0 with <see cref="Error"/> when it did not answer).</summary>
internal sealed record HostileOutcome(
    HostileRequest Request, int Status, string? MediaType, string Body, bool RetryAfter, TimeSpan Elapsed, string? Error);
