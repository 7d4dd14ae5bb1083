using System.Text.Json;
using System.Text.RegularExpressions;
using Monitoring.Cli.Tests.Fixtures;

namespace Monitoring.Cli.Tests.Commands;

[Collection(CliCollection.Name)]
public sealed partial class SilenceCommandsTests(CliHost host)
{
    [Fact]
    public async Task SilencesCreateListExpire_OneSilence_GoesThroughItsLife()
    {
        var guard = new Guard(host);
        await guard.PutSiteAsync();

        var create = await CliRun.StartAsync(host.With(
            CliHost.AdminKey, "silences", "create", "--site", guard.SiteId, "--minutes", "60", "--comment", "night maintenance", "--by", "dana"));
        var silenceId = SilenceId().Match(create.Output).Value;
        var list = await CliRun.StartAsync(host.With(CliHost.ViewerKey, "silences", "list", "--status", "active"));
        var expire = await CliRun.StartAsync(host.With(CliHost.AdminKey, "silences", "expire", silenceId, "--by", "dana"));
        var json = await CliRun.StartAsync(host.With(CliHost.ViewerKey, "silences", "list", "--json"));

        Assert.True(create.Exit == 0, create.Errors);
        Assert.Contains(" active from ", create.Output, StringComparison.Ordinal);
        Assert.True(list.Exit == 0, list.Errors);
        var row = Assert.Single(list.Output.Split('\n'), l => l.Contains(silenceId, StringComparison.Ordinal));
        Assert.Contains($"siteId={guard.SiteId}", row, StringComparison.Ordinal);
        Assert.Contains("night maintenance", row, StringComparison.Ordinal);
        Assert.True(expire.Exit == 0, expire.Errors);
        Assert.Contains($"{silenceId} expired at ", expire.Output, StringComparison.Ordinal);
        using var silences = JsonDocument.Parse(json.Output);
        var stored = Assert.Single(silences.RootElement.EnumerateArray(), s => s.GetProperty("silenceId").GetString() == silenceId);
        Assert.Equal(("expired", "dana"), (stored.GetProperty("status").GetString(), stored.GetProperty("endedBy").GetString()));
    }

    [Fact]
    public async Task SilencesCreate_NoDuration_Prints400NamingEndsAt()
    {
        var (exit, _, errors) = await CliRun.StartAsync(host.With(CliHost.AdminKey, "silences", "create", "--site", "site-x", "--comment", "c", "--by", "dana"));

        Assert.Equal(1, exit);
        Assert.Contains("create: HTTP 400", errors, StringComparison.Ordinal);
        Assert.Contains("create:   endsAt: ", errors, StringComparison.Ordinal);
    }

    [GeneratedRegex("sil_[A-Za-z0-9_-]+")]
    private static partial Regex SilenceId();
}
