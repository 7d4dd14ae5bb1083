using Monitoring.Cli.Alerts;
using Monitoring.Cli.Commands;
using Monitoring.Cli.Incidents;
using Monitoring.Cli.Silences;
using Monitoring.Cli.Tail;
using Spectre.Console.Cli;

namespace Monitoring.Cli;

/// <summary>
/// The operator's command line over the host's HTTP API and live feed: status, alerts, silences,
/// incidents and tail. <c>--help</c>/<c>-h</c> anywhere prints help and exits 0; an unknown command
/// or option exits 2 with a message.
/// </summary>
internal static class OperatorApp
{
    public static async Task<int> RunAsync(string[] args, Terminal terminal, CancellationToken stop)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("Monitoring.Cli");
            config.ConfigureConsole(terminal.Console);
            config.UseStrictParsing();
            config.Settings.Registrar.RegisterInstance(terminal);
            config.SetExceptionHandler((e, _) => Fail(e, args, terminal.Errors));
            config.AddCommand<StatusCommand>("status").WithDescription("The host's health, then every site with guards on shift, inactive guards and open alerts.")
                .WithExample("status", "--url", "http://127.0.0.1:5000", "--key", "K");
            config.AddBranch("alerts", alerts =>
            {
                alerts.SetDescription("List alerts, acknowledge or resolve one.");
                alerts.AddCommand<AlertsListCommand>("list").WithDescription("One page of alerts, newest first, with filters.")
                    .WithExample("alerts", "list", "--status", "active", "--severity", "critical", "--site", "site-1");
                alerts.AddCommand<AcknowledgeCommand>("acknowledge").WithAlias("ack").WithDescription("Acknowledge an alert (operator key).")
                    .WithExample("alerts", "acknowledge", "al_123", "--by", "dana", "--notes", "calling the guard");
                alerts.AddCommand<ResolveCommand>("resolve").WithDescription("Resolve an alert: confirmed, false_positive or resolved (operator key).")
                    .WithExample("alerts", "resolve", "al_123", "--by", "dana", "--resolution", "false_positive");
            });
            config.AddBranch("silences", silences =>
            {
                silences.SetDescription("List, create or expire silences (create and expire need an admin key).");
                silences.AddCommand<SilencesListCommand>("list").WithDescription("The tenant's silences, newest first.");
                silences.AddCommand<SilenceCreateCommand>("create").WithDescription("Silence matching alerts' notifications for a while.")
                    .WithExample("silences", "create", "--site", "site-1", "--minutes", "60", "--comment", "maintenance", "--by", "dana");
                silences.AddCommand<SilenceExpireCommand>("expire").WithDescription("End a silence now.")
                    .WithExample("silences", "expire", "sil_123", "--by", "dana");
            });
            config.AddBranch("incidents", incidents =>
            {
                incidents.SetDescription("List incidents.");
                incidents.AddCommand<IncidentsListCommand>("list").WithDescription("One page of incidents, newest first, with filters.");
            });
            config.AddCommand<TailCommand>("tail").WithDescription("Follow the live feed: one line per envelope; reconnects by itself.")
                .WithExample("tail", "--site", "site-1");
        });
        if (args.Length > 0)
        {
            return await app.RunAsync(args, stop);
        }

        await app.RunAsync(["--help"], stop);
        await terminal.Errors.WriteLineAsync("Monitoring.Cli: a command is required.");
        return 2;
    }

    private static int Fail(Exception e, string[] args, TextWriter errors)
    {
        var command = string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')).Take(2));
        errors.WriteLine($"{(command.Length > 0 ? command : "Monitoring.Cli")}: {e.Message}");
        if (e is CommandAppException)
        {
            errors.WriteLine("Run 'Monitoring.Cli --help' (or '<command> --help') for the commands and their options.");
            return 2;
        }

        return 1;
    }
}
