namespace Monitoring.Domain.Incidents;

/// <summary>What became of an operator's action on an incident.</summary>
public enum IncidentOutcome : byte
{
    /// <summary>The action changed the incident.</summary>
    Applied,

    /// <summary>The same action with the same body already stands; nothing changed.</summary>
    Repeated,

    /// <summary>The incident is closed: it takes no further action.</summary>
    Conflict,

    /// <summary>The incident holds <see cref="IncidentLimits.MaxHistory"/> entries; only close is still allowed.</summary>
    Full,

    /// <summary>No such incident (or no longer kept by its correlator).</summary>
    NotFound,
}
