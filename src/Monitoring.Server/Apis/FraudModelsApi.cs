using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Contracts.Fraud;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Apis;

/// <summary>
/// <c>/api/v1/fraud/models</c>: the tenant's trained fraud models (viewer reads), training on demand
/// (admin: 202 with a job to poll; 409 with the counts when the labelled rows are too few or one class,
/// or naming the job already running) and cancelling a job (admin).
/// </summary>
internal static class FraudModelsApi
{
    private const string Resource = "fraud_training";

    public static IEndpointRouteBuilder MapFraudModelsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/fraud/models").WithTags("Fraud");
        group.MapGet("/", ListAsync).RequireAuthorization(Roles.ReadPolicy).WithName("ListFraudModels")
            .WithSummary("The active model version (null: the rule-based score), every trained version with its metrics and failed gates, and the recent training jobs.");
        group.MapPost("/train", TrainAsync).RequireAuthorization(Roles.AdminPolicy).WithName("TrainFraudModel").Audited(Resource, creates: true)
            .WithSummary("Starts training on the labelled events of the last 30 days (by: the query value, or the API key): 202 with the job.");
        group.MapGet("/jobs/{jobId}", GetJobAsync).RequireAuthorization(Roles.ReadPolicy).WithName("GetFraudTrainingJob");
        group.MapPost("/jobs/{jobId}/cancel", CancelAsync).RequireAuthorization(Roles.AdminPolicy).WithName("CancelFraudTrainingJob")
            .Audited(Resource, read: ReadJobAsync)
            .WithSummary("Cancels a queued or running training job; the active model stays.");
        return routes;
    }

    private static async Task<Ok<FraudModelList>> ListAsync(ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await Registry(grains, user).ListAsync());

    private static async Task<Results<Accepted<FraudTrainingJob>, ValidationProblem, ProblemHttpResult>> TrainAsync(
        string? by, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new Dictionary<string, string[]>();
        var actor = by is null && user.Subject() is null ? Actor.Credential(user) : Actor.Resolve(user, by, errors);
        if (actor is null)
        {
            return Problems.Problems.Invalid(errors);
        }

        var answer = await Registry(grains, user).RequestTrainingAsync(actor, "manual");
        if (answer.Job is { } job)
        {
            return TypedResults.Accepted($"/api/v1/fraud/models/jobs/{job.JobId}", job);
        }

        var extensions = answer.Busy is { } busy
            ? new Dictionary<string, object?> { ["jobId"] = busy.JobId, ["currentStatus"] = busy.Status.ToString().ToLowerInvariant() }
            : new Dictionary<string, object?> { ["rows"] = answer.Rows, ["fraudRows"] = answer.FraudRows, ["legitRows"] = answer.LegitRows, ["minRows"] = 500 };
        return TypedResults.Problem(title: "Conflict", detail: answer.Problem, statusCode: StatusCodes.Status409Conflict, extensions: extensions);
    }

    private static async Task<Results<Ok<FraudTrainingJob>, ProblemHttpResult>> GetJobAsync(string jobId, ClaimsPrincipal user, IGrainFactory grains) =>
        await Registry(grains, user).GetJobAsync(jobId) is { } job ? TypedResults.Ok(job) : Problems.Problems.NotFound("Job", jobId);

    private static async Task<Results<Ok<FraudTrainingJob>, ProblemHttpResult>> CancelAsync(string jobId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var registry = Registry(grains, user);
        if (await registry.GetJobAsync(jobId) is not { } job)
        {
            return Problems.Problems.NotFound("Job", jobId);
        }

        if (job.Finished)
        {
            return Problems.Problems.Conflict($"job {jobId} has finished ({job.Status.ToString().ToLowerInvariant()})", job.Status.ToString().ToLowerInvariant());
        }

        return await registry.CancelJobAsync(jobId) is { } cancelled ? TypedResults.Ok(cancelled) : Problems.Problems.NotFound("Job", jobId);
    }

    private static async Task<object?> ReadJobAsync(EndpointFilterInvocationContext context)
    {
        var grains = context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        return await Registry(grains, context.HttpContext.User).GetJobAsync(context.GetArgument<string>(0));
    }

    private static IFraudModelGrain Registry(IGrainFactory grains, ClaimsPrincipal user) => grains.GetGrain<IFraudModelGrain>(user.Tenant());
}
