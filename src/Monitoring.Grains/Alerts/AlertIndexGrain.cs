using System.Collections.Immutable;
using Monitoring.Contracts.Alerts;
using Monitoring.Grains.Storage;

namespace Monitoring.Grains.Alerts;

/// <summary>
/// A tenant's alerts for listing: every change of an alert is upserted into the history store, every
/// query reads it (the <c>alerts</c> table with PostgreSQL, a bounded memory shelf on the embedded
/// default). One grain per tenant keeps the tenant's writes in order.
/// </summary>
internal sealed class AlertIndexGrain(IHistoryStore history) : Grain, IAlertIndexGrain
{
    public Task UpsertAsync(Alert alert) => history.UpsertAlertAsync(this.GetPrimaryKeyString(), alert);

    public Task<AlertPage> QueryAsync(AlertQuery query) => history.QueryAlertsAsync(this.GetPrimaryKeyString(), query);

    public Task<ImmutableArray<AlertFacts>> QueryFactsAsync(AlertPeriodQuery query) => history.QueryAlertFactsAsync(this.GetPrimaryKeyString(), query);
}
