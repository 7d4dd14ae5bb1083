namespace Monitoring.Contracts.Incidents;

/// <summary>An operator's note on an incident.</summary>
[GenerateSerializer, Immutable, Alias("incident-note")]
public sealed record IncidentNote(
    [property: Id(0)] string By,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Text);
