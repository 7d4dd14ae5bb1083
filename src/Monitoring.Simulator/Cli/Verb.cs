using Spectre.Console.Cli;

namespace Monitoring.Simulator.Cli;

/// <summary>One simulator verb: parses into <typeparamref name="TOptions"/>, then runs with a status display.</summary>
internal sealed class Verb<TOptions> : AsyncCommand<TOptions>
    where TOptions : VerbOptions
{
    public override Task<int> ExecuteAsync(CommandContext context, TOptions settings, CancellationToken cancellationToken) =>
        StatusRunner.RunAsync(context.Name, StatusRunner.Interactive,
            status => settings.RunAsync(context.Arguments, status, cancellationToken));
}
