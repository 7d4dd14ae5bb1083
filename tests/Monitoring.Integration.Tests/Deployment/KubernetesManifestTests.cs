using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Monitoring.Server.Hosting;

namespace Monitoring.Integration.Tests.Deployment;

/// <summary>
/// There is no cluster here, so deploy/k8s is checked offline: rendered by kustomize, each object
/// against the Kubernetes API schemas with no unknown field, and wired together (secrets and
/// settings that exist, probes on the health endpoint, budgets and services that select the pods,
/// the autoscaler on the front-ends, the rights Orleans' Kubernetes hosting needs).
/// </summary>
public sealed class KubernetesManifestTests
{
    private static readonly Lazy<KubernetesManifests> Example = new(() => KubernetesManifests.Render("overlays/example"));

    [Theory]
    [InlineData("base")]
    [InlineData("overlays/example")]
    public void Manifests_Rendered_MatchTheKubernetesSchemas(string folder)
    {
        var manifests = KubernetesManifests.Render(folder);

        Assert.NotEmpty(manifests.Objects);
        Assert.Empty(manifests.SchemaErrors);
        Assert.Empty(KubernetesStrictFields.Unknown(manifests));
    }

    [Fact]
    public void Validation_WrongType_IsCaught()
    {
        var manifests = KubernetesManifests.Validate(Example.Value.Yaml.Replace("replicas: 2", "replicas: two", StringComparison.Ordinal));

        Assert.Contains(manifests.SchemaErrors, e => e.Contains("replicas must be integer", StringComparison.Ordinal));
    }

    [Fact]
    public void Validation_UnknownField_IsCaught()
    {
        var manifests = KubernetesManifests.Validate(Example.Value.Yaml.Replace("maxSurge: 1", "maxSurgez: 1", StringComparison.Ordinal));

        Assert.Empty(manifests.SchemaErrors);
        Assert.Contains(KubernetesStrictFields.Unknown(manifests), e => e.EndsWith("/maxSurgez", StringComparison.Ordinal));
    }

    [Fact]
    public void Base_ShipsNoSecret()
    {
        Assert.Empty(KubernetesManifests.Render("base").OfKind("Secret"));
    }

    [Fact]
    public void Deployments_SecretAndSettingReferences_Exist()
    {
        var manifests = Example.Value;
        foreach (var container in Containers(manifests))
        {
            foreach (var env in container["env"]!.AsArray())
            {
                if (env!["valueFrom"]?["secretKeyRef"] is { } secretRef)
                {
                    var secret = manifests.Single("Secret", (string)secretRef["name"]!);
                    Assert.NotNull(secret["data"]![(string)secretRef["key"]!]);
                }
            }

            foreach (var source in container["envFrom"]!.AsArray())
            {
                manifests.Single("ConfigMap", (string)source!["configMapRef"]!["name"]!);
            }
        }
    }

    [Theory]
    [InlineData("monitoring-silo", "silo")]
    [InlineData("monitoring-frontend", "frontend")]
    public void Deployments_RunTheirRole_AndBindToTheHostsSettings(string deployment, string role)
    {
        var manifests = Example.Value;
        var container = Assert.Single(Containers(manifests, deployment));

        var settings = Settings(manifests, container);

        Assert.Equal(role, settings["Monitoring:Role"]);
        var options = settings.GetSection(MonitoringOptions.Section).Get<MonitoringOptions>()!;
        Assert.Equal("monitoring", options.Storage.ClusterId);
        Assert.False(string.IsNullOrEmpty(settings.GetConnectionString("Postgres")));
        Assert.Equal(role == "silo", options.Silo.Kubernetes);
    }

    [Fact]
    public void Hosts_ShareOneAcknowledgeLinkSecret()
    {
        // Silos sign the links in notifications; front-ends check them: one key for all.
        var sources = Containers(Example.Value)
            .Select(c => c["env"]!.AsArray().Single(e => (string?)e!["name"] == "Monitoring__Notifications__LinkSecret")!["valueFrom"]!["secretKeyRef"]!.ToJsonString())
            .Distinct()
            .ToList();

        Assert.Single(sources);
    }

    [Fact]
    public void Silos_CarryWhatOrleansKubernetesHostingReads()
    {
        var manifests = Example.Value;
        var deployment = manifests.Single("Deployment", "monitoring-silo");
        var labels = deployment["spec"]!["template"]!["metadata"]!["labels"]!;
        var container = Assert.Single(Containers(manifests, "monitoring-silo"));
        var names = container["env"]!.AsArray().Select(e => (string)e!["name"]!).ToHashSet();

        Assert.All(KubernetesSilo.PodVariables, v => Assert.Contains(v, names));
        var clusterId = Settings(manifests, container)["Monitoring:Storage:ClusterId"];
        Assert.Equal(clusterId, (string?)labels["orleans/clusterId"]);
        Assert.Equal(clusterId, (string?)labels["orleans/serviceId"]);

        var account = (string)deployment["spec"]!["template"]!["spec"]!["serviceAccountName"]!;
        var binding = Assert.Single(manifests.OfKind("RoleBinding"), b => b["subjects"]!.AsArray().Any(s => (string?)s!["name"] == account));
        var role = manifests.Single("Role", (string)binding["roleRef"]!["name"]!);
        var rule = Assert.Single(role["rules"]!.AsArray(), r => r!["resources"]!.AsArray().Any(x => (string?)x == "pods"));
        var verbs = rule!["verbs"]!.AsArray().Select(v => (string)v!).ToList();
        Assert.Equal(["get", "list", "patch", "watch"], verbs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Containers_AreProbedOnTheHealthEndpoint_ThroughADeclaredPort()
    {
        foreach (var container in Containers(Example.Value))
        {
            var ports = container["ports"]!.AsArray().Select(p => (string)p!["name"]!).ToHashSet();
            foreach (var probe in new[] { "startupProbe", "readinessProbe", "livenessProbe" })
            {
                var get = container[probe]?["httpGet"] ?? throw new Xunit.Sdk.XunitException($"{container["name"]} has no {probe}");
                Assert.Equal("/api/v1/health", (string?)get["path"]);
                Assert.Contains((string)get["port"]!, ports);
            }
        }
    }

    [Fact]
    public void BudgetsAndServices_SelectTheirPods()
    {
        var manifests = Example.Value;
        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            var labels = deployment["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();
            Assert.Single(manifests.OfKind("PodDisruptionBudget"), b => Selects(b["spec"]!["selector"]!["matchLabels"]!.AsObject(), labels));
            Assert.Single(manifests.OfKind("Service"), s => Selects(s["spec"]!["selector"]!.AsObject(), labels));
        }
    }

    [Fact]
    public void Frontends_ScaleOnCpu_FromTwoReplicas()
    {
        var manifests = Example.Value;
        var hpa = Assert.Single(manifests.OfKind("HorizontalPodAutoscaler"));
        var target = hpa["spec"]!["scaleTargetRef"]!;
        Assert.Equal("Deployment", (string?)target["kind"]);
        Assert.Equal("monitoring-frontend", (string?)target["name"]);
        Assert.True((int)hpa["spec"]!["minReplicas"]! >= 2);
        Assert.Contains(hpa["spec"]!["metrics"]!.AsArray(), m => (string?)m!["resource"]?["name"] == "cpu");
        // Utilisation is measured against the request: a container without one never scales.
        Assert.All(Containers(manifests, "monitoring-frontend"), c => Assert.NotNull(c["resources"]!["requests"]!["cpu"]));
    }

    [Fact]
    public void Connections_AtMostReplicas_FitAStockPostgreSql()
    {
        // A stock server takes 100 connections and keeps 3 for superusers; every process's pool is
        // its whole budget, so the most pods the manifests can run must fit in the other 97.
        var manifests = Example.Value;
        var hpa = Assert.Single(manifests.OfKind("HorizontalPodAutoscaler"));
        var total = 0;
        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            var name = (string)deployment["metadata"]!["name"]!;
            var replicas = name == (string?)hpa["spec"]!["scaleTargetRef"]!["name"] ? (int)hpa["spec"]!["maxReplicas"]! : (int)deployment["spec"]!["replicas"]!;
            var options = Settings(manifests, Assert.Single(Containers(manifests, name))).GetSection(MonitoringOptions.Section).Get<MonitoringOptions>()!;
            total += replicas * options.Storage.MaxConnections;
        }

        Assert.InRange(total, 1, 97);
    }

    private static IEnumerable<JsonObject> Containers(KubernetesManifests manifests, string? deployment = null) =>
        manifests.OfKind("Deployment")
            .Where(d => deployment is null || (string?)d["metadata"]!["name"] == deployment)
            .SelectMany(d => d["spec"]!["template"]!["spec"]!["containers"]!.AsArray().Select(c => c!.AsObject()));

    /// <summary>The container's settings as the host reads them: its config maps, then its own variables (secrets as example values).</summary>
    private static IConfiguration Settings(KubernetesManifests manifests, JsonObject container)
    {
        var values = new Dictionary<string, string?>();
        foreach (var source in container["envFrom"]!.AsArray())
        {
            var map = manifests.Single("ConfigMap", (string)source!["configMapRef"]!["name"]!);
            foreach (var (key, value) in map["data"]!.AsObject())
            {
                values[key.Replace("__", ":", StringComparison.Ordinal)] = (string?)value;
            }
        }

        foreach (var env in container["env"]!.AsArray())
        {
            values[((string)env!["name"]!).Replace("__", ":", StringComparison.Ordinal)] = env["value"] is { } v ? (string?)v : "from-the-pod";
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    private static bool Selects(JsonObject selector, JsonObject labels) =>
        selector.All(kv => (string?)labels[kv.Key] == (string?)kv.Value);
}
