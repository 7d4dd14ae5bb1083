namespace Monitoring.Domain.Correlation;

/// <summary>
/// Where an incident stands (the wire writes <c>open</c>, <c>resolved</c>, <c>investigating</c>,
/// <c>closed</c>). Open and resolved follow its alerts; investigating and closed are operators' moves
/// (see <see cref="Incidents.IncidentWorkflow"/>). Appended values only: the number is stored.
/// </summary>
public enum IncidentStatus : byte
{
    Open,
    Resolved,
    Investigating,
    Closed,
}
