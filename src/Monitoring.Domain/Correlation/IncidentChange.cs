namespace Monitoring.Domain.Correlation;

/// <summary>What folding one alert did: the incident it landed in, and whether that incident is new.</summary>
public sealed record IncidentChange(IncidentFold Incident, bool Opened, bool Changed);
