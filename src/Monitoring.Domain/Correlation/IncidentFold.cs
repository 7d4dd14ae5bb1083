using Monitoring.Domain.Alerts;

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

    /// <summary>Rebuilds an incident from its stored alerts (oldest first).</summary>
    public static IncidentFold Rebuild(string incidentId, IReadOnlyList<AlertSignal> alerts)
    {
        var incident = new IncidentFold(incidentId, alerts[0]);
        foreach (var alert in alerts.Skip(1))
        {
            incident.Add(alert);
        }

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

    public bool IsOpen => _alerts.Any(a => a.Open);

    public IncidentStatus Status => IsOpen ? IncidentStatus.Open : IncidentStatus.Resolved;

    public bool Contains(string alertId) => _alerts.Exists(a => a.AlertId == alertId);

    public bool Concerns(string? guardId) => guardId is not null && _alerts.Exists(a => a.GuardId == guardId);

    public Severity Severity => IncidentScoring.CombinedSeverity(_alerts);

    public double CorrelationScore => IncidentScoring.CorrelationScore(_alerts);

    internal void Add(AlertSignal alert) => _alerts.Add(alert);

    /// <summary>Replaces the copy of an alert already in the incident (status or severity changed).</summary>
    internal bool Update(AlertSignal alert)
    {
        var at = _alerts.FindIndex(a => a.AlertId == alert.AlertId);
        if (at < 0 || _alerts[at] == alert)
        {
            return false;
        }

        _alerts[at] = alert with { RaisedAt = _alerts[at].RaisedAt };
        return true;
    }
}
