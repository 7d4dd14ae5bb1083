using Monitoring.Cli.Api;
using Spectre.Console.Cli;

namespace Monitoring.Cli.Commands;

/// <summary>
/// What every operator command shares: the API client from <c>--url</c>/<c>--key</c> (or the
/// environment), and the exit codes: 0 done, 1 the host refused (its problem printed with the bad
/// fields by name) or could not be reached, 2 a command line that cannot be acted on.
/// </summary>
internal abstract class OperatorCommand<TOptions>(Terminal terminal) : AsyncCommand<TOptions>
    where TOptions : ApiOptions
{
    protected Terminal Terminal { get; } = terminal;

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TOptions settings, CancellationToken cancellationToken)
    {
        var name = context.Name;
        try
        {
            using var api = ApiClient.Create(settings, Terminal);
            return await RunAsync(api, settings, cancellationToken);
        }
        catch (UsageProblem e)
        {
            await Terminal.Errors.WriteLineAsync($"{name}: {e.Message}");
            return 2;
        }
        catch (ApiProblem e)
        {
            foreach (var line in Problems.Lines(e))
            {
                await Terminal.Errors.WriteLineAsync($"{name}: {line}");
            }

            return 1;
        }
        catch (HttpRequestException e)
        {
            await Terminal.Errors.WriteLineAsync($"{name}: cannot reach the host: {e.Message}");
            return 1;
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            await Terminal.Errors.WriteLineAsync($"{name}: the host did not answer in time ({e.Message})");
            return 1;
        }
    }

    protected abstract Task<int> RunAsync(ApiClient api, TOptions options, CancellationToken cancellationToken);
}
