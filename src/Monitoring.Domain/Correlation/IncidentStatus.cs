namespace Monitoring.Domain.Correlation;

/// <summary>Whether an incident still has an open alert (the wire writes <c>open</c>, <c>resolved</c>).</summary>
public enum IncidentStatus : byte
{
    Open,
    Resolved,
}
