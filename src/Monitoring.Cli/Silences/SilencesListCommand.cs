using System.Text.Json;
using Monitoring.Cli.Api;
using Monitoring.Cli.Commands;
using Spectre.Console;

namespace Monitoring.Cli.Silences;

/// <summary><c>silences list</c>: the tenant's silences, newest first (expired ones stay 7 days).</summary>
internal sealed class SilencesListCommand(Terminal terminal) : OperatorCommand<SilencesListOptions>(terminal)
{
    protected override async Task<int> RunAsync(ApiClient api, SilencesListOptions o, CancellationToken cancellationToken)
    {
        var silences = await api.GetAsync(Query.Path("api/v1/silences", ("status", o.Status)), cancellationToken);
        if (o.Json)
        {
            await Terminal.Lines.WriteLineAsync(Json.Pretty(silences));
            return 0;
        }

        var table = new Table().AddColumns("silence", "status", "matchers", "starts (UTC)", "ends (UTC)", "by", "comment");
        foreach (var silence in silences.Items())
        {
            table.AddRow(
                Markup.Escape(silence.Text("silenceId")), Markup.Escape(silence.Text("status")), Markup.Escape(Matchers(silence.Get("matchers"))),
                silence.Time("startsAt"), silence.Time("endsAt"), Markup.Escape(silence.Text("createdBy")), Markup.Escape(silence.Text("comment")));
        }

        Terminal.Console.Write(table);
        Terminal.Console.WriteLine($"{table.Rows.Count} silence(s)");
        return 0;
    }

    private static string Matchers(JsonElement matchers) =>
        matchers.ValueKind != JsonValueKind.Object ? ""
        : string.Join(' ', matchers.EnumerateObject().Where(m => m.Value.ValueKind != JsonValueKind.Null).Select(m => $"{m.Name}={m.Value}"));
}
