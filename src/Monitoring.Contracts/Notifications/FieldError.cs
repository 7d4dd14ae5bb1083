namespace Monitoring.Contracts.Notifications;

/// <summary>Why a change was refused: the wire path of the bad field (e.g. <c>channels[0].url</c>) and what it must be.</summary>
[GenerateSerializer, Immutable, Alias("notification-field-error")]
public sealed record FieldError(
    [property: Id(0)] string Field,
    [property: Id(1)] string Message);
