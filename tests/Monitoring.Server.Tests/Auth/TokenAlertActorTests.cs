using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Auth;

/// <summary>An operator signed in with a token acts on alerts as the token's subject, never as a name the body gives.</summary>
[Collection(AlertsCollection.Name)]
public sealed class TokenAlertActorTests(AlertsHostFixture host)
{
    [Fact]
    public async Task Acknowledge_TokenWithoutBy_ActorIsTheSubject()
    {
        var (_, alert) = await host.InactiveGuardAsync();
        var operatorToken = host.Bearer("op-jonas", Keys.T1, Keys.Operator);

        var acked = await (await operatorToken.PostJsonAsync($"api/v1/alerts/{alert.Str("alertId")}/acknowledge", new { notes = "calling" }))
            .JsonAsync(HttpStatusCode.OK);
        var resolved = await (await operatorToken.PostJsonAsync($"api/v1/alerts/{alert.Str("alertId")}/resolve",
            new { by = "op-jonas", resolution = "false_positive" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("op-jonas", acked.Str("acknowledgedBy"));
        Assert.Equal("resolved", resolved.Str("status"));
    }

    [Fact]
    public async Task Acknowledge_TokenWithAnotherBy_400NamingBy_AlertUnchanged()
    {
        var (_, alert) = await host.InactiveGuardAsync();
        var id = alert.Str("alertId");

        using var response = await host.Bearer("op-jonas", Keys.T1, Keys.Operator)
            .PostJsonAsync($"api/v1/alerts/{id}/acknowledge", new { by = "op-anna" });

        await response.ValidationProblemAsync("by");
        var after = await host.AlertAsync(id);
        Assert.Equal("active", after.Str("status"));
        Assert.True(after.IsNull("acknowledgedBy"));
    }

    [Fact]
    public async Task Acknowledge_TokenOfAnotherTenant_404()
    {
        var (_, alert) = await host.InactiveGuardAsync();

        using var response = await host.Bearer("op-jonas", Keys.T2, Keys.Operator)
            .PostJsonAsync($"api/v1/alerts/{alert.Str("alertId")}/acknowledge", new { });

        await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("active", (await host.AlertAsync(alert.Str("alertId"))).Str("status"));
    }
}
