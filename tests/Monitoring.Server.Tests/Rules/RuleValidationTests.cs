using System.Net;
using System.Text.Json.Nodes;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Rules;

/// <summary>PUT /rules/{type} refuses a bad row with a 400 naming each bad field, and changes nothing.</summary>
[Collection(ApiCollection.Name)]
public sealed class RuleValidationTests(ApiHostFixture host)
{
    [Theory]
    [InlineData("battery_low", """{"threshold": 150}""", "threshold")]
    [InlineData("battery_low", """{"threshold": 5}""", "threshold")]
    [InlineData("battery_low", """{"threshold": null}""", "threshold")]
    [InlineData("battery_low", """{"threshold": "low"}""", "threshold")]
    [InlineData("battery_low", """{"durationS": -60}""", "durationS")]
    [InlineData("battery_low", """{"durationS": 1e300}""", "durationS")]
    [InlineData("battery_low", """{"durationS": null}""", "durationS")]
    [InlineData("battery_low", """{"holdS": 90000}""", "holdS")]
    [InlineData("battery_low", """{"slaS": 0}""", "slaS")]
    [InlineData("battery_low", """{"severity": "urgent"}""", "severity")]
    [InlineData("battery_low", """{"severity": null}""", "severity")]
    [InlineData("battery_low", """{"severity": 2}""", "severity")]
    [InlineData("battery_low", """{"windowS": 600}""", "windowS")]
    [InlineData("battery_low", """{"signal": "memory_pct"}""", "signal")]
    [InlineData("battery_low", """{"comparison": "greater"}""", "comparison")]
    [InlineData("battery_low", """{"comparison": "sideways"}""", "comparison")]
    [InlineData("battery_low", """{"enabled": "yes"}""", "enabled")]
    [InlineData("battery_low", """{"siteId": "bad site"}""", "siteId")]
    [InlineData("battery_shift_risk", """{"windowS": 10}""", "windowS")]
    [InlineData("biometric_failures", """{"threshold": 2.5}""", "threshold")]
    [InlineData("high_memory", """{"escalatedThreshold": 20, "escalatedSeverity": "high"}""", "escalatedThreshold")]
    [InlineData("high_memory", """{"escalatedThreshold": 95, "escalatedSeverity": "low"}""", "escalatedSeverity")]
    [InlineData("high_memory", """{"escalatedThreshold": 95}""", "escalatedSeverity")]
    [InlineData("high_memory", """{"escalatedThreshold": 95, "escalatedSeverity": "dire"}""", "escalatedSeverity")]
    public async Task PutRule_BadField_Is400NamingItAndChangesNothing(string type, string patch, string field)
    {
        var siteId = Fresh.Id("site");
        var body = RulesApiTests.Row(30, 0, "medium", 900, siteId).With(patch);

        await (await host.Admin().PutJsonAsync($"api/v1/rules/{type}", body)).ValidationProblemAsync(field);

        var row = RulesApiTests.Find(await RulesApiTests.RulesAsync(host.Viewer(), siteId), type);
        Assert.NotEqual("site", row.Str("scope"));
    }

    [Fact]
    public async Task PutRule_SeveralBadFields_NamesEachOne()
    {
        var body = RulesApiTests.Row(500, -1, "urgent", 900, Fresh.Id("site"));

        var problem = await (await host.Admin().PutJsonAsync("api/v1/rules/poor_signal", body)).ValidationProblemAsync("threshold");

        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("durationS", fields);
        Assert.Contains("severity", fields);
        Assert.DoesNotContain("slaS", fields);
    }

    [Fact]
    public async Task PutRule_TenantBatteryCriticalAboveASiteBatteryLow_Is400AndChangesNothing()
    {
        var siteId = Fresh.Id("site");
        await (await host.Admin().PutJsonAsync("api/v1/rules/battery_low", RulesApiTests.Row(12, 0, "medium", 900, siteId))).JsonAsync(HttpStatusCode.OK);
        var before = RulesApiTests.Find(await RulesApiTests.RulesAsync(host.Viewer()), "battery_critical");

        var response = await host.Admin().PutJsonAsync("api/v1/rules/battery_critical", RulesApiTests.Row(15, 0, "critical", 300));

        var problem = await response.ValidationProblemAsync("threshold");
        Assert.Contains(siteId, problem.GetProperty("errors").GetProperty("threshold")[0].GetString(), StringComparison.Ordinal);
        var after = RulesApiTests.Find(await RulesApiTests.RulesAsync(host.Viewer()), "battery_critical");
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }

    [Fact]
    public async Task PutRule_MalformedJson_Is400Problem()
    {
        var response = await host.Admin().PutAsync(
            "api/v1/rules/battery_low", new StringContent("{\"threshold\": ", System.Text.Encoding.UTF8, "application/json"));

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PutRule_NotAnObject_Is400Problem()
    {
        var response = await host.Admin().PutJsonAsync("api/v1/rules/battery_low", new JsonArray(1, 2));

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }
}
