using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Alerts;

/// <summary>
/// What operators type is bounded (names 128, notes and responses 2,000 characters), free of control
/// characters (notes and responses may hold line breaks and tabs) and of lone surrogates: 400 naming
/// the field, nothing changed. An alert takes 50 verifications at most: 409 beyond, nothing changed.
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed class OperatorInputTests(AlertsHostFixture host)
{
    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "acknowledge", """{"by":"op\u0001"}""", "by" },
        { "acknowledge", """{"by":"op\nsecond line"}""", "by" },
        { "acknowledge", """{"by":"op\ud800"}""", "by" },
        { "acknowledge", "{\"by\":\"" + new string('o', 129) + "\"}", "by" },
        { "acknowledge", """{"by":"op","notes":"a\u0000b"}""", "notes" },
        { "acknowledge", """{"by":"op","notes":"a\u001bb"}""", "notes" },
        { "acknowledge", """{"by":"op","notes":"\udc00"}""", "notes" },
        { "verify", """{"by":"op","method":"call","response":"ok\ud83d"}""", "response" },
        { "verify", """{"by":"op","method":"call","response":"\u0085"}""", "response" },
        { "resolve", """{"by":"op\u007f","resolution":"resolved"}""", "by" },
        { "resolve", """{"by":"op","resolution":"resolved","notes":"x\u0007"}""", "notes" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Act_BadOperatorText_Is400NamingTheField(string action, string body, string field)
    {
        var response = await host.Operator().PostRawAsync($"api/v1/alerts/{Fresh.Id("alr")}/{action}", body);

        await response.ValidationProblemAsync(field);
    }

    [Fact]
    public async Task Act_BadOperatorText_ChangesNothing_WhileMultiLineNotesAreKept()
    {
        var (_, alert) = await host.InactiveGuardAsync();
        var id = alert.Str("alertId");
        var before = await host.AlertAsync(id);

        foreach (var body in BadBodies.Select(row => (string)row[1]).Where(b => !b.Contains("method", StringComparison.Ordinal)).Take(7))
        {
            await (await host.Operator().PostRawAsync($"api/v1/alerts/{id}/acknowledge", body)).ProblemAsync(HttpStatusCode.BadRequest);
        }

        var unchanged = await host.AlertAsync(id);
        var acked = await (await host.ActAsync(id, "acknowledge", new { by = "op-\u00e9\U0001F600", notes = "line one\r\nline two\tend" }))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Equal("active", unchanged.Str("status"));
        Assert.Empty(unchanged.Items("notes"));
        Assert.Equal(before.Items("history").Length, unchanged.Items("history").Length);
        Assert.Equal(before.Time("updatedAt"), unchanged.Time("updatedAt"));
        Assert.Equal("op-\u00e9\U0001F600", acked.Str("acknowledgedBy"));
        Assert.Equal(["line one\r\nline two\tend"], acked.Items("notes").Select(n => n.GetString()));
    }

    [Fact]
    public async Task Verify_BeyondFiftyVerifications_Is409AndChangesNothing_RepeatAndResolveStillAnswer200()
    {
        var (_, alert) = await host.InactiveGuardAsync();
        var id = alert.Str("alertId");
        for (var i = 0; i < 50; i++)
        {
            await (await host.ActAsync(id, "verify", new { by = "op", method = "call", response = "no answer " + i })).JsonAsync(HttpStatusCode.OK);
        }

        var beyond = await (await host.ActAsync(id, "verify", new { by = "op", method = "call", response = "one more" })).ProblemAsync(HttpStatusCode.Conflict);
        var stored = await host.AlertAsync(id);
        var repeated = await host.ActAsync(id, "verify", new { by = "op", method = "call", response = "no answer 0" });
        var resolved = await (await host.ActAsync(id, "resolve", new { by = "op", resolution = "resolved" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("verifying", beyond.Str("currentStatus"));
        Assert.Equal(50, stored.Items("verifications").Length);
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        Assert.Equal("resolved", resolved.Str("status"));
        Assert.Equal(50, resolved.Items("verifications").Length);
    }
}
