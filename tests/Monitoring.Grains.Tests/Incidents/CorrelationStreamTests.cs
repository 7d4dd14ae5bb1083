using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Incidents;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Correlation;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Tests.Fixtures;

namespace Monitoring.Grains.Tests.Incidents;

/// <summary>
/// Alerts raised on alert grains reach the site's correlation grain over the signal stream and
/// come out as incidents in the tenant's index, with the alerts pointing back at them.
/// </summary>
[Collection(ScheduledCollection.Name)]
public sealed class CorrelationStreamTests(ScheduledClusterFixture fixture)
{
    private readonly string _tenant = "t-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _site = "s-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task ThreeSignalsOneGuard_OverTheStream_OneIncidentRaisedOneLevel()
    {
        var guard = "g-" + Guid.NewGuid().ToString("N")[..8];
        var ids = new List<string>();
        foreach (var type in new[] { "inactivity", "battery_low", "geofence_exit" })
        {
            ids.Add(await RaiseAsync(type, Severity.High, guard));
            fixture.Clock.Set(fixture.Clock.GetUtcNow().AddMinutes(2));
        }

        var incident = await WaitForIncidentAsync(i => i.AlertIds.Length == 3);

        Assert.Equal(ids, incident.AlertIds);
        Assert.Equal(guard, incident.GuardId);
        Assert.Equal(Severity.Critical, incident.Severity);
        Assert.Equal(IncidentStatus.Open, incident.Status);
        Assert.InRange(incident.CorrelationScore, 0.0, 1.0);
        foreach (var id in ids)
        {
            var alert = await Alert(id).GetAsync();
            Assert.Equal(incident.IncidentId, alert!.IncidentId);
        }

        foreach (var id in ids)
        {
            await Alert(id).ClearAsync("condition gone");
        }

        await WaitForIncidentAsync(i => i.IncidentId == incident.IncidentId && i.Status == IncidentStatus.Resolved);
    }

    [Fact]
    public async Task TwoGuardsSameSite_SixteenMinutesApart_TwoIncidents()
    {
        var first = await RaiseAsync("inactivity", Severity.High, "g-a");
        fixture.Clock.Set(fixture.Clock.GetUtcNow().AddMinutes(5));
        var second = await RaiseAsync("inactivity", Severity.Medium, "g-b");
        fixture.Clock.Set(fixture.Clock.GetUtcNow().AddMinutes(16));
        var third = await RaiseAsync("inactivity", Severity.Medium, "g-c");

        var joined = await WaitForIncidentAsync(i => i.AlertIds.Contains(first) && i.AlertIds.Length == 2);
        var alone = await WaitForIncidentAsync(i => i.AlertIds.Contains(third));

        Assert.Equal<string>([first, second], joined.AlertIds);
        Assert.Null(joined.GuardId);
        Assert.Equal(Severity.High, joined.Severity);
        Assert.Equal<string>([third], alone.AlertIds);
        Assert.NotEqual(joined.IncidentId, alone.IncidentId);
    }

    private IAlertGrain Alert(string id) => fixture.Grains.GetGrain<IAlertGrain>(GrainKeys.Compose(_tenant, id));

    private async Task<string> RaiseAsync(string type, Severity severity, string guard)
    {
        var id = "alr_" + Guid.NewGuid().ToString("N");
        await Alert(id).RaiseAsync(new AlertDraft(type, severity, _site, guard, null, null, "{}", TimeSpan.FromMinutes(5)));
        return id;
    }

    private async Task<Incident> WaitForIncidentAsync(Func<Incident, bool> condition)
    {
        var index = fixture.Grains.GetGrain<IIncidentIndexGrain>(_tenant);
        var deadline = DateTime.UtcNow.AddSeconds(15);
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
