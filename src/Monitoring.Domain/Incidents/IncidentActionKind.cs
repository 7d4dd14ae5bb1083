namespace Monitoring.Domain.Incidents;

/// <summary>An operator's action on an incident.</summary>
public enum IncidentActionKind : byte
{
    Investigate,
    RootCause,
    Note,
    Close,
}
