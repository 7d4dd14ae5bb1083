using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Incidents;

/// <summary>
/// One applied action in an incident's history: who did what, when. <see cref="Text"/> is the
/// assignee, cause or note; <see cref="Resolution"/> is set on close.
/// </summary>
public sealed record IncidentEntry(IncidentActionKind Action, string By, DateTimeOffset At, string? Text, Resolution? Resolution)
{
    /// <summary>The same action with the same body is a retry: by, text and resolution all equal.</summary>
    public bool Repeats(IncidentAction action) =>
        action.Kind == Action && action.By == By && action.Text == Text && action.Resolution == Resolution;
}
