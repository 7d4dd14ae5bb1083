using Monitoring.Domain.Alerts;

namespace Monitoring.Contracts.Alerts;

/// <summary>An operator's action on an alert, validated by the API.</summary>
[GenerateSerializer, Immutable, Alias("alert-action")]
public sealed record AlertAction(
    [property: Id(0)] AlertActionKind Kind,
    [property: Id(1)] string By,
    [property: Id(2)] string? Notes,
    [property: Id(3)] VerificationMethod? Method,
    [property: Id(4)] string? Response,
    [property: Id(5)] Resolution? Resolution);
