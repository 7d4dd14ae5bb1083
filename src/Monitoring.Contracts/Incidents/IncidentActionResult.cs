using Monitoring.Domain.Incidents;

namespace Monitoring.Contracts.Incidents;

/// <summary>The outcome of an operator's action on an incident and the incident as it stands afterwards (null when not found).</summary>
[GenerateSerializer, Immutable, Alias("incident-action-result")]
public sealed record IncidentActionResult(
    [property: Id(0)] IncidentOutcome Outcome,
    [property: Id(1)] Incident? Incident);
