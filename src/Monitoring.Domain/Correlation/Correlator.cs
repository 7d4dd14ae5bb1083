namespace Monitoring.Domain.Correlation;

/// <summary>
/// Folds one site's alerts into incidents. An alert joins an incident that is not closed when it is within
/// <see cref="Window"/> of one of its alerts (a resolved incident re-opens), preferring an incident
/// about the same guard, then the latest; otherwise it opens a new one. An alert belongs to at most one incident. Two alerts 16 minutes apart with
/// nothing between them are two incidents.
/// </summary>
public sealed class Correlator(Func<DateTimeOffset, string> newIncidentId)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Settled (resolved or closed) incidents kept for lookups and actions; older ones are forgotten.</summary>
    public const int ResolvedKept = 500;

    private readonly List<IncidentFold> _incidents = [];

    public IReadOnlyList<IncidentFold> Incidents => _incidents;

    public IncidentChange Fold(AlertSignal alert)
    {
        if (_incidents.Find(i => i.Contains(alert.AlertId)) is { } home)
        {
            return new IncidentChange(home, Opened: false, Changed: home.Update(alert));
        }

        var candidates = _incidents
            .Where(i => !i.IsClosed && Near(i, alert.RaisedAt))
            .OrderByDescending(i => i.Concerns(alert.GuardId))
            .ThenByDescending(i => i.LastAt)
            .ToList();
        if (candidates.Count > 0)
        {
            candidates[0].Add(alert);
            return new IncidentChange(candidates[0], Opened: false, Changed: true);
        }

        var incident = new IncidentFold(newIncidentId(alert.RaisedAt), alert);
        _incidents.Add(incident);
        Forget();
        return new IncidentChange(incident, Opened: true, Changed: true);
    }

    /// <summary>The incident with this id, or null when it is not (or no longer) kept here.</summary>
    public IncidentFold? Find(string incidentId) => _incidents.Find(i => i.IncidentId == incidentId);

    /// <summary>Puts back an incident rebuilt from storage.</summary>
    public void Restore(IncidentFold incident) => _incidents.Add(incident);

    private static bool Near(IncidentFold incident, DateTimeOffset at) =>
        incident.Alerts.Any(a => (at - a.RaisedAt).Duration() <= Window);

    private void Forget()
    {
        var resolved = _incidents.Where(i => i.IsSettled).ToList();
        for (var i = 0; i < resolved.Count - ResolvedKept; i++)
        {
            _incidents.Remove(resolved[i]);
        }
    }
}
