using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Incidents;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Correlation;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Incidents;

/// <summary>
/// Durable streams deliver at least once and, after a failover, a signal can come back after newer
/// ones: the correlation grain must fold such a signal as nothing new.
/// </summary>
[Collection(ScheduledCollection.Name)]
public sealed class CorrelationRedeliveryTests(ScheduledClusterFixture fixture)
{
    private readonly string _tenant = "t-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _site = "s-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task FoldAsync_RaisedSignalRedeliveredAfterClear_IncidentStaysResolvedWithTheAlertOnce()
    {
        var id = "alr_" + Guid.NewGuid().ToString("N");
        await Alert(id).RaiseAsync(new AlertDraft("inactivity", Severity.High, _site, "g-1", null, null, "{}", TimeSpan.FromMinutes(5)));
        var opened = await WaitForIncidentAsync(i => i.AlertIds.Contains(id));
        var raised = await Alert(id).GetAsync();
        var raisedSignal = new SiteSignal(SiteSignal.AlertKind, id, raised!.Type, raised.Severity, _site, raised.GuardId,
            raised.RaisedAt, Open: true, raised.Score, raised.History.Length);

        await Alert(id).ClearAsync("condition gone");
        await WaitForIncidentAsync(i => i.IncidentId == opened.IncidentId && i.Status == IncidentStatus.Resolved);

        var correlation = fixture.Grains.GetGrain<ICorrelationGrain>(GrainKeys.Compose(_tenant, _site));
        Assert.Equal(opened.IncidentId, await correlation.FoldAsync(raisedSignal));
        Assert.Equal(opened.IncidentId, await correlation.FoldAsync(raisedSignal));

        var incidents = await fixture.Grains.GetGrain<IIncidentIndexGrain>(_tenant).QueryAsync(_site, null, null, null, null, 100);
        var incident = Assert.Single(incidents);
        Assert.Equal(IncidentStatus.Resolved, incident.Status);
        Assert.Equal<string>([id], incident.AlertIds);
        Assert.Equal(0, incident.OpenAlerts);
        Assert.Equal(opened.IncidentId, (await Alert(id).GetAsync())!.IncidentId);
    }

    private IAlertGrain Alert(string id) => fixture.Grains.GetGrain<IAlertGrain>(GrainKeys.Compose(_tenant, id));

    private async Task<Incident> WaitForIncidentAsync(Func<Incident, bool> condition)
    {
        var index = fixture.Grains.GetGrain<IIncidentIndexGrain>(_tenant);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var found = (await index.QueryAsync(_site, null, null, null, null, 100)).FirstOrDefault(condition);
            if (found is not null)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, "No matching incident arrived in time.");
            await Task.Delay(50);
        }
    }
}
