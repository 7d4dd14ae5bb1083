namespace Monitoring.Server.Hosting;

/// <summary>
/// A read (GET or HEAD) whose grain call was cut because the silo holding the grain left the
/// cluster or is stopping (a rejected message, <see cref="OrleansMessageRejectionException"/>, such as
/// <see cref="SiloUnavailableException"/>: a silo stopped gracefully, its grains moving to the others) is answered again here, a moment later, instead of as a 503 the client has to retry.
/// Reads change nothing and carry no body, so running the endpoint again is safe; writes are not
/// repeated here, only where a repeat is known to be harmless: telemetry in its dispatcher (the
/// device grain counts events it had applied as duplicates), alert actions through <see cref="CallAsync"/>
/// (an exact repeat of an action is a retry that changes nothing).
/// </summary>
internal static partial class DepartedSiloRetry
{
    /// <summary>Attempts of one read; the last failure goes on to the exception handler (503).</summary>
    private const int Attempts = 4;

    /// <summary>Between attempts: the cluster learns of the departure and the grains reactivate elsewhere.</summary>
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    /// <summary>Makes <paramref name="call"/>, again while the silo under it has just left; for idempotent grain calls only.</summary>
    public static async Task<T> CallAsync<T>(HttpContext context, Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (OrleansMessageRejectionException e) when (attempt < Attempts)
            {
                LogRetry(Logger(context), context.Request.Method, context.Request.Path, attempt, e.Message);
                await Task.Delay(Pause);
            }
        }
    }

    public static IApplicationBuilder UseDepartedSiloRetry(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await next(context);
                return;
            }
            catch (OrleansMessageRejectionException e) when (attempt < Attempts && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                LogRetry(Logger(context), context.Request.Method, context.Request.Path, attempt, e.Message);
                await Task.Delay(Pause, context.RequestAborted);
            }
        }
    });

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DepartedSiloRetry).FullName!);

    [LoggerMessage(Level = LogLevel.Information, Message = "Departed silo: {Method} {Path} made again after attempt {Attempt} ({Reason}).")]
    private static partial void LogRetry(ILogger logger, string method, string path, int attempt, string reason);
}
