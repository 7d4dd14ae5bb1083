using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Incidents;

/// <summary>
/// One operator action, already validated: <see cref="Text"/> is the assignee (investigate), the
/// cause (root cause) or the note's text (note); <see cref="Resolution"/> is set on close only.
/// </summary>
public sealed record IncidentAction(IncidentActionKind Kind, string By, string? Text, Resolution? Resolution);
