using Monitoring.Domain.Alerts;
using Monitoring.Domain.Incidents;

namespace Monitoring.Contracts.Incidents;

/// <summary>An operator's action on an incident, validated by the API (see <see cref="IncidentAction"/>).</summary>
[GenerateSerializer, Immutable, Alias("incident-command")]
public sealed record IncidentCommand(
    [property: Id(0)] IncidentActionKind Kind,
    [property: Id(1)] string By,
    [property: Id(2)] string? Text,
    [property: Id(3)] Resolution? Resolution)
{
    /// <summary>The action as the domain takes it.</summary>
    public IncidentAction ToDomain() => new(Kind, By, Text, Resolution);
}
