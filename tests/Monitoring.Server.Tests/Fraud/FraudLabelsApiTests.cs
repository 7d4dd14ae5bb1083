using System.Net;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Fraud;

/// <summary><c>POST /api/v1/fraud/labels</c>: all or nothing, 400 naming the item's field, 404 for unknown events, 409 against another verdict.</summary>
[Collection(FraudCollection.Name)]
public sealed class FraudLabelsApiTests(FraudHostFixture host)
{
    [Fact]
    public async Task Labels_ValidItems_RecordedAndShownInTheGuardsHistory()
    {
        var (guard, device) = Seeded();
        await SeedAsync(guard, device);

        var answer = await (await host.Operator().PostJsonAsync("api/v1/fraud/labels",
            new { by = "auditor-1", items = new object[] { Item(device, 1, "fraud"), Item(device, 2, "legit") } })).JsonAsync(HttpStatusCode.OK);
        var again = await (await host.Operator().PostJsonAsync("api/v1/fraud/labels",
            new { by = "auditor-1", items = new object[] { Item(device, 1, "fraud") } })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal((2, 0, "auditor-1"), (answer.Int("labelled"), answer.Int("unchanged"), answer.Str("by")));
        Assert.Equal((0, 1), (again.Int("labelled"), again.Int("unchanged")));
        Assert.Equal(["legit", "fraud"], await LabelsAsync(guard));
    }

    [Fact]
    public async Task Labels_OneBadItem_400NamingItAndNothingLabelled()
    {
        var (guard, device) = Seeded();
        await SeedAsync(guard, device);

        await (await host.Operator().PostJsonAsync("api/v1/fraud/labels",
            new { by = "auditor-1", items = new object[] { Item(device, 1, "fraud"), Item(device, 2, "maybe") } })).ValidationProblemAsync("items[1].label");
        await (await host.Operator().PostJsonAsync("api/v1/fraud/labels",
            new { by = "auditor-1", items = new object[] { Item(device, 1, "fraud"), Item(device, 1, "legit") } })).ValidationProblemAsync("items[1]");
        await (await host.Operator().PostJsonAsync("api/v1/fraud/labels", new { by = "auditor-1", items = Array.Empty<object>() })).ValidationProblemAsync("items");
        await (await host.Operator().PostJsonAsync("api/v1/fraud/labels", new { items = new object[] { Item(device, 1, "fraud") } })).ValidationProblemAsync("by");

        Assert.Equal(["none", "none"], await LabelsAsync(guard));
    }

    [Fact]
    public async Task Labels_UnknownEvent_404ListingItAndNothingLabelled()
    {
        var (guard, device) = Seeded();
        await SeedAsync(guard, device);

        var problem = await (await host.Operator().PostJsonAsync("api/v1/fraud/labels",
            new { by = "auditor-1", items = new object[] { Item(device, 1, "fraud"), Item(device, 77, "fraud") } })).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal([$"{device}/77"], problem.Items("missing").Select(m => m.GetString()));
        Assert.Equal(["none", "none"], await LabelsAsync(guard));
        await (await host.Operator(Keys.T2).PostJsonAsync("api/v1/fraud/labels",
            new { by = "auditor-1", items = new object[] { Item(device, 1, "fraud") } })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Labels_OtherVerdictAlreadyGiven_409UnlessReplace()
    {
        var (guard, device) = Seeded();
        await SeedAsync(guard, device);
        await (await host.Operator().PostJsonAsync("api/v1/fraud/labels",
            new { by = "auditor-1", items = new object[] { Item(device, 1, "fraud") } })).JsonAsync(HttpStatusCode.OK);

        var conflict = await (await host.Operator().PostJsonAsync("api/v1/fraud/labels",
            new { by = "auditor-2", items = new object[] { Item(device, 2, "fraud"), Item(device, 1, "legit") } })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(["none", "fraud"], await LabelsAsync(guard));
        Assert.Equal([$"{device}/1"], conflict.Items("conflicts").Select(c => c.GetString()));

        await (await host.Operator().PostJsonAsync("api/v1/fraud/labels",
            new { by = "auditor-2", replace = true, items = new object[] { Item(device, 2, "fraud"), Item(device, 1, "legit") } })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["fraud", "legit"], await LabelsAsync(guard));
    }

    [Fact]
    public async Task Labels_Viewer_403()
    {
        var (guard, device) = Seeded();
        await SeedAsync(guard, device);

        await (await host.Viewer().PostJsonAsync("api/v1/fraud/labels",
            new { by = "v", items = new object[] { Item(device, 1, "fraud") } })).ProblemAsync(HttpStatusCode.Forbidden);
    }

    private static (string Guard, string Device) Seeded() => (Fresh.Id("fg"), Fresh.Id("fd"));

    private static object Item(string device, long seq, string label) => new { deviceId = device, seq, label };

    private async Task SeedAsync(string guard, string device)
    {
        var site = Fresh.Id("fs");
        await host.ScoreAsync(Keys.T1, guard, site, device, 1, 0.9, TimeSpan.FromHours(2));
        await host.ScoreAsync(Keys.T1, guard, site, device, 2, 0.2, TimeSpan.FromHours(1));
    }

    // Newest first: seq 2, then seq 1.
    private async Task<string[]> LabelsAsync(string guard) =>
        [.. (await host.Viewer().GetJsonAsync($"api/v1/fraud/guards/{guard}")).Items("events").Select(e => e.IsNull("label") ? "none" : e.Str("label"))];
}
