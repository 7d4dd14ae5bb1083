using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Monitoring.Server.Hosting;
using YamlDotNet.RepresentationModel;

namespace Monitoring.Integration.Tests.Deployment;

/// <summary>
/// There is no Docker engine here, so docker-compose.yml is checked by reading it: the services,
/// their wiring and health checks must match what the host and the Dockerfile expect. Production
/// runs two silos and two front-ends (<c>Monitoring__Role</c>); only the front-ends publish a port.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly string ComposePath = Path.Combine(RepositoryRoot.Path, "docker-compose.yml");
    private static readonly YamlMappingNode Services = LoadServices();

    [Fact]
    public void Compose_PostgresService_IsHealthChecked()
    {
        var postgres = Service("postgres");
        Assert.StartsWith("postgres:", Scalar(postgres, "image"), StringComparison.Ordinal);
        Assert.Contains("pg_isready", Text(Node(postgres, "healthcheck")), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_HostServices_WaitForHealthyPostgres_AndCarryItsConnectionString()
    {
        var env = Environment(Service("postgres"));
        foreach (var host in HostServices())
        {
            var dependsOn = (YamlMappingNode)Node(host, "depends_on");
            Assert.Equal("service_healthy", Scalar((YamlMappingNode)Node(dependsOn, "postgres"), "condition"));

            var connection = Environment(host)["ConnectionStrings__Postgres"];
            Assert.Contains("Host=postgres", connection, StringComparison.Ordinal);
            Assert.Contains($"Database={env["POSTGRES_DB"]}", connection, StringComparison.Ordinal);
            Assert.Contains($"Username={env["POSTGRES_USER"]}", connection, StringComparison.Ordinal);
            Assert.Equal(VariableOf(env["POSTGRES_PASSWORD"]), VariableOf(connection[(connection.IndexOf("Password=", StringComparison.Ordinal) + 9)..]));
        }
    }

    [Fact]
    public void Compose_Frontends_PublishTheListeningPort_AndCheckHealthThere()
    {
        foreach (var host in Hosts("frontend"))
        {
            var url = ListeningUrl(host);
            var ports = ((YamlSequenceNode)Node(host, "ports")).Children.Select(p => ((YamlScalarNode)p).Value!).ToList();
            Assert.Contains(ports, p => p.EndsWith($":{url.Port}", StringComparison.Ordinal));
            Assert.Contains($"localhost:{url.Port}/api/v1/health", Text(Node(host, "healthcheck")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compose_Silos_PublishNothing_AndCheckHealthOnTheirPort()
    {
        foreach (var host in Hosts("silo"))
        {
            Assert.Empty(PublishedPorts(host));
            Assert.Contains($"localhost:{ListeningUrl(host).Port}/api/v1/health", Text(Node(host, "healthcheck")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compose_HostEnvironment_BindsToTheHostsSettings()
    {
        var budget = 0;
        foreach (var host in HostServices())
        {
            var settings = new ConfigurationBuilder()
                .AddInMemoryCollection(Environment(host).Select(kv => KeyValuePair.Create(kv.Key.Replace("__", ":", StringComparison.Ordinal), (string?)Expand(kv.Value))))
                .Build()
                .GetSection(MonitoringOptions.Section)
                .Get<MonitoringOptions>()!;

            var key = Assert.Single(settings.ApiKeys);
            Assert.False(string.IsNullOrEmpty(key.Key));
            Assert.False(string.IsNullOrEmpty(key.Tenant));
            Assert.Equal("admin", key.Role);
            Assert.NotEqual(HostRole.All, HostRoles.Parse(settings.Role));
            Assert.False(string.IsNullOrEmpty(settings.Notifications.LinkSecret));
            Assert.InRange(settings.Silo.Port, 1, 65535);
            Assert.InRange(settings.Silo.GatewayPort, 1, 65535);
            budget += settings.Storage.MaxConnections;
        }

        // Each host's pool is its whole PostgreSQL budget: all of them within a stock server's 97.
        Assert.InRange(budget, 1, 97);
    }

    [Fact]
    public void Compose_TwoSilosAndTwoFrontends_OneClusterOnDistinctPublishedPorts()
    {
        var hosts = HostServices().ToList();
        Assert.Equal(2, Hosts("silo").Count());
        Assert.Equal(2, Hosts("frontend").Count());
        var clusterIds = hosts.Select(h => Environment(h)["Monitoring__Storage__ClusterId"]).Distinct().ToList();
        Assert.Single(clusterIds);
        var published = hosts.SelectMany(h => PublishedPorts(h).Select(p => p.Split(':')[0])).ToList();
        Assert.Equal(published.Count, published.Distinct().Count());
    }

    [Fact]
    public void Dockerfile_IsMultiStage_AndRunsAsNonRoot()
    {
        foreach (var host in HostServices())
        {
            var build = (YamlMappingNode)Node(host, "build");
            var dockerfile = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, Scalar(build, "context"), Scalar(build, "dockerfile")));
            Assert.True(dockerfile.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)) >= 2);
            var user = dockerfile.Last(l => l.StartsWith("USER ", StringComparison.Ordinal));
            Assert.NotEqual("USER root", user.Trim());
            Assert.Contains(dockerfile, l => l.Contains("Monitoring.Server.dll", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("MONITORING_ADMIN_KEY")]
    [InlineData("POSTGRES_PASSWORD")]
    [InlineData("MONITORING_LINK_SECRET")]
    public void Compose_Secrets_AreRequiredVariablesWithoutDefaults(string variable)
    {
        var uses = Regex.Matches(File.ReadAllText(ComposePath), $@"\$\{{{variable}(?<operator>[^}}A-Za-z0-9_]*)").Select(m => m.Groups["operator"].Value).ToList();

        Assert.NotEmpty(uses);
        // ":?" makes compose stop with the message when the variable is unset or empty.
        Assert.All(uses, op => Assert.Equal(":?", op));
    }

    [Fact]
    public void Compose_Secrets_NoLiteralPasswordOrKey()
    {
        Assert.StartsWith("${", Environment(Service("postgres"))["POSTGRES_PASSWORD"], StringComparison.Ordinal);
        Assert.DoesNotMatch(@"Password=[^$]", File.ReadAllText(ComposePath));
        foreach (var host in HostServices())
        {
            Assert.All(Environment(host).Where(kv => kv.Key.EndsWith("__Key", StringComparison.Ordinal) || kv.Key.EndsWith("__LinkSecret", StringComparison.Ordinal)), kv => Assert.StartsWith("${", kv.Value, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Compose_Postgres_IsNotPublishedBeyondLoopback()
    {
        var postgres = Service("postgres");
        var ports = postgres.Children.TryGetValue(new YamlScalarNode("ports"), out var node)
            ? ((YamlSequenceNode)node).Children.Select(Text).ToList()
            : [];

        Assert.All(ports, p => Assert.StartsWith("127.0.0.1:", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_SiloPorts_AreNotPublished()
    {
        foreach (var host in HostServices())
        {
            var env = Environment(host);
            var published = PublishedPorts(host).Select(p => p.Split(':')[^1]).ToList();
            Assert.DoesNotContain(env["Monitoring__Silo__Port"], published);
            Assert.DoesNotContain(env["Monitoring__Silo__GatewayPort"], published);
        }
    }

    private static YamlMappingNode LoadServices()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(ComposePath);
        yaml.Load(reader);
        return (YamlMappingNode)Node((YamlMappingNode)yaml.Documents[0].RootNode, "services");
    }

    private static IEnumerable<YamlMappingNode> HostServices()
    {
        var hosts = Services.Children.Values.OfType<YamlMappingNode>().Where(s => s.Children.ContainsKey("build")).ToList();
        Assert.NotEmpty(hosts);
        return hosts;
    }

    /// <summary>The host services of one role (<c>Monitoring__Role</c>).</summary>
    private static IEnumerable<YamlMappingNode> Hosts(string role) =>
        HostServices().Where(h => Environment(h).GetValueOrDefault("Monitoring__Role") == role);

    private static Uri ListeningUrl(YamlMappingNode host) =>
        new(Environment(host)["ASPNETCORE_URLS"].Replace("0.0.0.0", "localhost", StringComparison.Ordinal));

    private static List<string> PublishedPorts(YamlMappingNode host) =>
        host.Children.TryGetValue(new YamlScalarNode("ports"), out var node) ? [.. ((YamlSequenceNode)node).Children.Select(Text)] : [];

    private static YamlMappingNode Service(string name) => (YamlMappingNode)Node(Services, name);

    private static YamlNode Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : throw new Xunit.Sdk.XunitException($"missing '{key}'");

    private static string Scalar(YamlMappingNode map, string key) => ((YamlScalarNode)Node(map, key)).Value!;

    private static Dictionary<string, string> Environment(YamlMappingNode service) =>
        ((YamlMappingNode)Node(service, "environment")).Children.ToDictionary(
            kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value!);

    private static string Text(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? "",
        YamlSequenceNode seq => string.Join(' ', seq.Children.Select(Text)),
        YamlMappingNode map => string.Join(' ', map.Children.Select(kv => Text(kv.Key) + " " + Text(kv.Value))),
        _ => "",
    };

    /// <summary>
    /// Resolves compose's <c>${VAR:-default}</c> to its default, as compose does when VAR is unset,
    /// and a required <c>${VAR:?message}</c> to a value an operator might set.
    /// </summary>
    private static string Expand(string value) =>
        Interpolation().Replace(value, m => m.Groups["op"].Value == ":-" ? m.Groups["rest"].Value : "set-by-operator");

    /// <summary>The variable a value takes from the environment (<c>${NAME...}</c>), or the literal value.</summary>
    private static string VariableOf(string value) =>
        Interpolation().Match(value) is { Success: true } m ? m.Groups["name"].Value : value;

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z0-9_]+)(?<op>:[-?])(?<rest>[^}]*)\}")]
    private static partial Regex Interpolation();
}
