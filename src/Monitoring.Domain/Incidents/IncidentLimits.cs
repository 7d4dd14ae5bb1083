namespace Monitoring.Domain.Incidents;

/// <summary>How much an incident's history keeps, so that no operator (or script) can grow one without end.</summary>
public static class IncidentLimits
{
    /// <summary>Actions (notes included) per incident; closing is allowed beyond it.</summary>
    public const int MaxHistory = 200;
}
