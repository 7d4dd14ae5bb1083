using Monitoring.Simulator.Cli;
using Spectre.Console.Cli;

namespace Monitoring.Simulator.Tests.Cli;

/// <summary>Keeps the options a command line parsed into, then stops the verb before it does anything.</summary>
internal sealed class ParseOnly : ICommandInterceptor
{
    public VerbOptions? Options { get; private set; }

    public IReadOnlyList<string> Arguments { get; private set; } = [];

    public void Intercept(CommandContext context, CommandSettings settings)
    {
        Options = (VerbOptions)settings;
        Arguments = context.Arguments;
        throw new OperationCanceledException("parsed only");
    }
}
