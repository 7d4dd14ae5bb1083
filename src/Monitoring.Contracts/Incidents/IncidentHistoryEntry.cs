using Monitoring.Domain.Alerts;
using Monitoring.Domain.Incidents;

namespace Monitoring.Contracts.Incidents;

/// <summary>
/// One operator action on an incident: <c>investigate</c> (text: the assignee), <c>root_cause</c>
/// (the cause), <c>note</c> (the note) or <c>close</c> (with its resolution). Also the correlation
/// grain's stored copy of the incident's history.
/// </summary>
[GenerateSerializer, Immutable, Alias("incident-history-entry")]
public sealed record IncidentHistoryEntry(
    [property: Id(0)] IncidentActionKind Action,
    [property: Id(1)] string By,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string? Text,
    [property: Id(4)] Resolution? Resolution)
{
    /// <summary>The wire copy of a domain entry.</summary>
    public static IncidentHistoryEntry Of(IncidentEntry entry) => new(entry.Action, entry.By, entry.At, entry.Text, entry.Resolution);

    /// <summary>The entry as the domain takes it.</summary>
    public IncidentEntry ToDomain() => new(Action, By, At, Text, Resolution);
}
