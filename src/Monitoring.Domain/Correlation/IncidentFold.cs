using Monitoring.Domain.Alerts;
using Monitoring.Domain.Incidents;

namespace Monitoring.Domain.Correlation;

/// <summary>
/// The correlator's working copy of one incident: the alerts of one site folded into it so far, from
/// which its severity, score and status follow (the API's view of it is built from this).
/// </summary>
public sealed class IncidentFold
{
    private readonly List<AlertSignal> _alerts = [];

    public IncidentFold(string incidentId, AlertSignal first)
    {
        IncidentId = incidentId;
        SiteId = first.SiteId;
        OpenedAt = first.RaisedAt;
        _alerts.Add(first);
    }

    /// <summary>Rebuilds an incident from its stored alerts (oldest first) and its operators' history.</summary>
    public static IncidentFold Rebuild(string incidentId, IReadOnlyList<AlertSignal> alerts, IEnumerable<IncidentEntry>? history = null)
    {
        var incident = new IncidentFold(incidentId, alerts[0]);
        foreach (var alert in alerts.Skip(1))
        {
            incident.Add(alert);
        }

        incident.Case = history is null ? IncidentCase.Untouched : IncidentCase.Replay(history);
        return incident;
    }

    public string IncidentId { get; }
    public string SiteId { get; }
    public DateTimeOffset OpenedAt { get; }
    public IReadOnlyList<AlertSignal> Alerts => _alerts;
    public DateTimeOffset FirstAt => _alerts.Min(a => a.RaisedAt);
    public DateTimeOffset LastAt => _alerts.Max(a => a.RaisedAt);

    /// <summary>The guard when every alert concerns the same one, else null.</summary>
    public string? GuardId => _alerts.Select(a => a.GuardId).Distinct().ToList() is [{ } only] ? only : null;

    /// <summary>Whether any of its alerts is open.</summary>
    public bool IsOpen => _alerts.Any(a => a.Open);

    /// <summary>The operators' side: phase, assignee, root cause, notes (see <see cref="IncidentWorkflow"/>).</summary>
    public IncidentCase Case { get; private set; } = IncidentCase.Untouched;

    public IncidentStatus Status => IncidentWorkflow.Status(Case.Phase, IsOpen);

    public bool IsClosed => Case.Phase == IncidentPhase.Closed;

    /// <summary>Nothing left to do: resolved by its alerts and never taken up, or closed.</summary>
    public bool IsSettled => Status is IncidentStatus.Resolved or IncidentStatus.Closed;

    /// <summary>Applies an operator's action (see <see cref="IncidentWorkflow"/>).</summary>
    public IncidentOutcome Act(IncidentAction action, DateTimeOffset now)
    {
        var (outcome, next) = IncidentWorkflow.Act(Case, action, now);
        Case = next;
        return outcome;
    }

    /// <summary>Puts back the case as it stood before an action whose storage write failed.</summary>
    public void Undo(IncidentCase earlier) => Case = earlier;

    public bool Contains(string alertId) => _alerts.Exists(a => a.AlertId == alertId);

    public bool Concerns(string? guardId) => guardId is not null && _alerts.Exists(a => a.GuardId == guardId);

    public Severity Severity => IncidentScoring.CombinedSeverity(_alerts);

    public double CorrelationScore => IncidentScoring.CorrelationScore(_alerts);

    internal void Add(AlertSignal alert) => _alerts.Add(alert);

    /// <summary>
    /// Replaces the copy of an alert already in the incident when its status or severity changed.
    /// A signal of an older revision than the copy (delivered again, or overtaken) changes nothing;
    /// one of a newer revision that changes nothing else only moves the copy's revision on.
    /// </summary>
    internal bool Update(AlertSignal alert)
    {
        var at = _alerts.FindIndex(a => a.AlertId == alert.AlertId);
        if (at < 0 || alert.Revision < _alerts[at].Revision)
        {
            return false;
        }

        var held = _alerts[at];
        var next = alert with { RaisedAt = held.RaisedAt };
        _alerts[at] = next;
        return next with { Revision = held.Revision } != held;
    }
}
