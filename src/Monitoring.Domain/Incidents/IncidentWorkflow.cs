using Monitoring.Domain.Correlation;

namespace Monitoring.Domain.Incidents;

/// <summary>
/// The incident lifecycle. Alerts decide between open (an alert is open) and resolved (all are),
/// until an operator investigates: investigating holds whatever its alerts do, and new alerts still
/// join it. Close ends it from any status; a closed incident takes no action and no new alert (a
/// new alert near it opens a new incident). Root cause and notes are allowed until it is closed;
/// investigate again hands it to another assignee.
/// An action that repeats the latest one of its kind exactly (same by, same detail) is a retry, and
/// an investigate or root cause that asks for what already stands changes nothing: both answer
/// <see cref="IncidentOutcome.Repeated"/>, whatever the status now.
/// </summary>
public static class IncidentWorkflow
{
    /// <summary>The status an incident shows, from the operators' phase and whether any of its alerts is open.</summary>
    public static IncidentStatus Status(IncidentPhase phase, bool alertsOpen) => phase switch
    {
        IncidentPhase.Closed => IncidentStatus.Closed,
        IncidentPhase.Investigating => IncidentStatus.Investigating,
        _ => alertsOpen ? IncidentStatus.Open : IncidentStatus.Resolved,
    };

    /// <summary>Whether the action may be applied to the case as it stands.</summary>
    public static IncidentOutcome Decide(IncidentCase current, IncidentAction action)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(action);
        if (current.Latest(action.Kind) is { } latest && latest.Repeats(action))
        {
            return IncidentOutcome.Repeated;
        }

        if (current.Phase == IncidentPhase.Closed)
        {
            return IncidentOutcome.Conflict;
        }

        var alreadyStands = action.Kind switch
        {
            IncidentActionKind.Investigate => current.Phase == IncidentPhase.Investigating && current.Assignee == action.Text,
            IncidentActionKind.RootCause => current.RootCause == action.Text,
            _ => false,
        };
        if (alreadyStands)
        {
            return IncidentOutcome.Repeated;
        }

        return action.Kind != IncidentActionKind.Close && current.History.Count >= IncidentLimits.MaxHistory
            ? IncidentOutcome.Full
            : IncidentOutcome.Applied;
    }

    /// <summary>Decides and, when allowed, applies the action at <paramref name="now"/>.</summary>
    public static (IncidentOutcome Outcome, IncidentCase Case) Act(IncidentCase current, IncidentAction action, DateTimeOffset now)
    {
        var outcome = Decide(current, action);
        return outcome == IncidentOutcome.Applied
            ? (outcome, current.With(new IncidentEntry(action.Kind, action.By, now, action.Text, action.Resolution)))
            : (outcome, current);
    }
}
