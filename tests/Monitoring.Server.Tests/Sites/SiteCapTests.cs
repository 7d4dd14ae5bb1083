using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Sites;

/// <summary>The tenant's cap on sites as an admin meets it (two sites per tenant on this host; tenant t2 is this class's).</summary>
[Collection(LimitsCollection.Name)]
public sealed class SiteCapTests(LimitsHostFixture host)
{
    [Fact]
    public async Task PutSite_NewSiteBeyondTheCap_Is409NamingSiteIdAndExistingSitesStillWritable()
    {
        var admin = host.Admin(Keys.T2);
        var first = Fresh.Id("site");
        await (await admin.PutJsonAsync($"api/v1/sites/{first}", SitesApiTests.ValidSite())).JsonAsync(HttpStatusCode.OK);
        await (await admin.PutJsonAsync($"api/v1/sites/{Fresh.Id("site")}", SitesApiTests.ValidSite())).JsonAsync(HttpStatusCode.OK);

        var third = Fresh.Id("site");
        var problem = await (await admin.PutJsonAsync($"api/v1/sites/{third}", SitesApiTests.ValidSite())).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("2 sites", problem.GetProperty("errors").GetProperty("siteId")[0].GetString(), StringComparison.Ordinal);
        await (await host.Viewer(Keys.T2).GetAsync($"api/v1/sites/{third}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PutJsonAsync($"api/v1/sites/{first}", SitesApiTests.ValidSite())).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, (await host.Viewer(Keys.T2).GetJsonAsync("api/v1/sites")).GetArrayLength());
    }
}
