using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Auth;

/// <summary>With a token the author of a silence and of its early end is the token's subject; naming anyone else is refused.</summary>
[Collection(ApiCollection.Name)]
public sealed class TokenSilenceActorTests(ApiHostFixture host)
{
    [Fact]
    public async Task CreateSilence_TokenWithoutCreatedBy_AuthorIsTheSubject()
    {
        var admin = host.Bearer("lead-maria", Keys.T1, Keys.Admin);

        var created = await (await admin.PostJsonAsync("api/v1/silences", Silence(createdBy: null))).JsonAsync(HttpStatusCode.Created);
        var expired = await (await admin.DeleteAsync($"api/v1/silences/{created.Str("silenceId")}")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("lead-maria", created.Str("createdBy"));
        Assert.Equal("lead-maria", expired.Str("endedBy"));
    }

    [Fact]
    public async Task CreateSilence_TokenNamingItsSubject_Accepted()
    {
        var admin = host.Bearer("lead-maria", Keys.T1, Keys.Admin);

        var created = await (await admin.PostJsonAsync("api/v1/silences", Silence(createdBy: "lead-maria"))).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("lead-maria", created.Str("createdBy"));
    }

    [Fact]
    public async Task CreateSilence_TokenNamingSomeoneElse_400NamingCreatedBy_NothingStored()
    {
        var admin = host.Bearer("lead-maria", Keys.T1, Keys.Admin);
        var before = await admin.GetJsonAsync("api/v1/silences");

        using var response = await admin.PostJsonAsync("api/v1/silences", Silence(createdBy: "someone-else"));

        var problem = await response.ValidationProblemAsync("createdBy");
        Assert.Contains("lead-maria", problem.GetProperty("errors").GetProperty("createdBy")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before.GetArrayLength(), (await admin.GetJsonAsync("api/v1/silences")).GetArrayLength());
    }

    [Fact]
    public async Task ExpireSilence_TokenWithAnotherBy_400NamingBy_StillActive()
    {
        var admin = host.Bearer("lead-maria", Keys.T1, Keys.Admin);
        var created = await (await admin.PostJsonAsync("api/v1/silences", Silence(createdBy: null))).JsonAsync(HttpStatusCode.Created);
        var id = created.Str("silenceId");

        using var response = await admin.DeleteAsync($"api/v1/silences/{id}?by=someone-else");

        await response.ValidationProblemAsync("by");
        Assert.Equal(created.Str("status"), (await admin.GetJsonAsync($"api/v1/silences/{id}")).Str("status"));
    }

    [Fact]
    public async Task CreateSilence_ApiKey_CreatedByStillRequired()
    {
        using var response = await host.Admin().PostJsonAsync("api/v1/silences", Silence(createdBy: null));

        await response.ValidationProblemAsync("createdBy");
    }

    private static object Silence(string? createdBy) => new
    {
        matchers = new { siteId = Fresh.Id("site") },
        durationMinutes = 60,
        createdBy,
        comment = "gate works",
    };
}
