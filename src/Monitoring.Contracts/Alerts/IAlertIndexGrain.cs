using System.Collections.Immutable;

namespace Monitoring.Contracts.Alerts;

/// <summary>A tenant's alerts, for listing and filtering. Key: <c>{tenant}</c>.</summary>
public interface IAlertIndexGrain : IGrainWithStringKey
{
    /// <summary>Records the alert as it stands now.</summary>
    Task UpsertAsync(Alert alert);

    /// <summary>Lists alerts matching the query, newest first.</summary>
    Task<AlertPage> QueryAsync(AlertQuery query);

    /// <summary>The facts of the alerts raised in a period, newest first, a page at a time (for reports).</summary>
    Task<ImmutableArray<AlertFacts>> QueryFactsAsync(AlertPeriodQuery query);
}
