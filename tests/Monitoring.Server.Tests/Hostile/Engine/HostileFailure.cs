namespace Monitoring.Tests.Shared.Hostile;

/// <summary>A rule an answer broke: the kind of failure (e.g. "5xx") and the outcome that shows it.</summary>
internal sealed record HostileFailure(string Kind, HostileOutcome Outcome, string Detail);
