namespace Monitoring.Contracts.Incidents;

/// <summary>
/// Folds one site's alerts into incidents; fed by the site's signal stream (implicit subscription).
/// Key: <c>{tenant}/{siteId}</c>.
/// </summary>
public interface ICorrelationGrain : IGrainWithStringKey
{
    /// <summary>Folds one signal (also what the stream delivers); returns the incident id an alert landed in.</summary>
    Task<string?> FoldAsync(SiteSignal signal);

    /// <summary>Applies an operator's action to one of the site's incidents (see <c>IncidentWorkflow</c>).</summary>
    Task<IncidentActionResult> ActAsync(string incidentId, IncidentCommand command);
}
