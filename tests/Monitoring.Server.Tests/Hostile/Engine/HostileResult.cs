namespace Monitoring.Tests.Shared.Hostile;

/// <summary>One run: every outcome, the rules broken, and the paths whose state changed.</summary>
internal sealed record HostileResult(string Host, int Seed, IReadOnlyList<HostileOutcome> Outcomes, IReadOnlyList<HostileFailure> Failures,
    IReadOnlyList<string> Changed, TimeSpan Elapsed);
