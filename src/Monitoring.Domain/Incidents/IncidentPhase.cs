namespace Monitoring.Domain.Incidents;

/// <summary>How far operators have worked an incident: not yet, being investigated, or closed (final).</summary>
public enum IncidentPhase : byte
{
    Untouched,
    Investigating,
    Closed,
}
