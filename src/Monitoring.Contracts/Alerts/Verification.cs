using Monitoring.Domain.Alerts;

namespace Monitoring.Contracts.Alerts;

/// <summary>One attempt to verify an alert with the guard.</summary>
[GenerateSerializer, Immutable, Alias("verification")]
public sealed record Verification(
    [property: Id(0)] VerificationMethod Method,
    [property: Id(1)] string Response,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string By);
