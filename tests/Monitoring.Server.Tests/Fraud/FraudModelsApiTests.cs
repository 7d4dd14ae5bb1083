using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Contracts.Fraud;
using Monitoring.Domain.Fraud;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Storage;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Fraud;

/// <summary>The fraud model routes over HTTP: refusals with counts, training end to end, jobs, roles, audit.</summary>
[Collection(ApiCollection.Name)]
public sealed class FraudModelsApiTests(ApiHostFixture host)
{
    [Fact]
    public async Task Train_NoLabelledRows_409WithCountsAndNoJob()
    {
        var admin = host.Bearer("lead-ana", Fresh.Id("fr"), Keys.Admin);

        var refused = await (await admin.PostAsync("api/v1/fraud/models/train", null)).ProblemAsync(HttpStatusCode.Conflict);
        var models = await admin.GetJsonAsync("api/v1/fraud/models");

        Assert.Equal((0, 0, 0, 500), (refused.Int("rows"), refused.Int("fraudRows"), refused.Int("legitRows"), refused.Int("minRows")));
        Assert.Contains("500", refused.Str("detail"), StringComparison.Ordinal);
        Assert.True(models.IsNull("activeVersion"));
        Assert.Equal(0, models.GetProperty("jobs").GetArrayLength());
    }

    [Fact]
    public async Task Train_SeededLabelledEvents_202ThenActivatedListedAndAudited()
    {
        var tenant = Fresh.Id("fr");
        var admin = host.Bearer("lead-ana", tenant, Keys.Admin);
        await SeedAsync(tenant, 700);

        var accepted = await admin.PostAsync("api/v1/fraud/models/train", null);
        var job = await accepted.JsonAsync(HttpStatusCode.Accepted);
        var done = await FinishedAsync(admin, job.Str("jobId"));
        var models = await admin.GetJsonAsync("api/v1/fraud/models");
        var audit = await admin.GetJsonAsync("api/v1/audit?resource=fraud_training");

        Assert.Equal($"/api/v1/fraud/models/jobs/{job.Str("jobId")}", accepted.Headers.Location?.OriginalString);
        Assert.Equal(("queued", "manual", "lead-ana", 700), (job.Str("status"), job.Str("trigger"), job.Str("requestedBy"), job.Int("rows")));
        Assert.Equal("activated", done.Str("status"));
        Assert.Equal(done.Str("modelVersion"), models.Str("activeVersion"));
        var model = models.GetProperty("models")[0];
        Assert.True(model.GetProperty("active").GetBoolean());
        Assert.True(model.GetProperty("metrics").GetProperty("precision").GetDouble() >= 0.85);
        Assert.Equal(FraudFeatureNames.All, model.GetProperty("features").EnumerateArray().Select(f => f.GetString()!));
        Assert.Equal(0, model.GetProperty("failedGates").GetArrayLength());
        var record = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal(("POST", 202), (record.Str("method"), record.Int("status")));

        var over = await (await admin.PostAsync($"api/v1/fraud/models/jobs/{job.Str("jobId")}/cancel", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("activated", over.Str("currentStatus"));
    }

    [Fact]
    public async Task Jobs_UnknownJob_404()
    {
        var admin = host.Bearer("lead-ana", Fresh.Id("fr"), Keys.Admin);

        await (await admin.GetAsync("api/v1/fraud/models/jobs/job-404")).ProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsync("api/v1/fraud/models/jobs/job-404/cancel", null)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Train_ViewerOrOperator_403AndViewerReads()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Viewer().PostAsync("api/v1/fraud/models/train", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Operator().PostAsync("api/v1/fraud/models/train", null)).StatusCode);
        Assert.Equal(JsonValueKind.Array, (await host.Viewer().GetJsonAsync("api/v1/fraud/models")).GetProperty("models").ValueKind);
    }

    [Fact]
    public async Task Train_ByAnotherNameWithToken_400NamingBy()
    {
        var admin = host.Bearer("lead-ana", Fresh.Id("fr"), Keys.Admin);

        await (await admin.PostAsync("api/v1/fraud/models/train?by=someone-else", null)).ValidationProblemAsync("by");
    }

    private async Task SeedAsync(string tenant, int count)
    {
        var ledger = host.Services.GetRequiredService<IFraudLedger>();
        var now = await host.NowAsync();
        var random = new Random(5);
        for (var i = 0; i < count; i++)
        {
            var fraud = i % 4 == 0;
            var features = new double[FraudFeatureNames.Count];
            features[(int)FraudFeature.BiometricQuality] = fraud ? 0.3 * random.NextDouble() : 0.8 + (0.2 * random.NextDouble());
            features[(int)FraudFeature.VelocityKmh] = fraud ? 150 + (200 * random.NextDouble()) : 6 * random.NextDouble();
            features[(int)FraudFeature.GpsAccuracyM] = 5 + (10 * random.NextDouble());
            var score = new FraudScore($"g-{i % 20}", "s-1", $"d-{i % 20}", i, now.AddMinutes(-count + i), EventType.Checkpoint,
                0.5, 0.5, "rules-v1", [.. features], []);
            await ledger.AppendAsync(tenant, score);
            Assert.True(await ledger.LabelAsync(tenant, score.DeviceId, score.Seq, fraud ? FraudLabel.Fraud : FraudLabel.Legit));
        }
    }

    private static async Task<JsonElement> FinishedAsync(HttpClient client, string jobId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var job = await client.GetJsonAsync($"api/v1/fraud/models/jobs/{jobId}");
            if (job.Str("status") is not ("queued" or "running"))
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"job {jobId} still {job.Str("status")}");
            await Task.Delay(100);
        }
    }
}
