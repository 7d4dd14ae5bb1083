using Monitoring.Server.Hosting;

namespace Monitoring.Server.Tests.Hosting;

/// <summary>A silo told it runs in Kubernetes refuses to start where the pod's variables are missing, naming them.</summary>
public sealed class KubernetesSiloTests
{
    [Fact]
    public void Build_KubernetesOutsideAPod_RefusesNamingTheMissingVariables()
    {
        // Port 1 is never reached: the host refuses while it configures the silo.
        var error = Assert.Throws<StartupRefusedException>(() => MonitoringHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--ConnectionStrings:Postgres=Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none",
            "--Monitoring:ApiKeys:0:Key=k8s-test-key-0123456789",
            "--Monitoring:ApiKeys:0:Tenant=acme",
            "--Monitoring:ApiKeys:0:Role=admin",
            "--Monitoring:Silo:Kubernetes=true",
        ]));

        Assert.Contains("Monitoring:Silo:Kubernetes", error.Message, StringComparison.Ordinal);
        Assert.Contains("POD_NAME", error.Message, StringComparison.Ordinal);
        Assert.Contains("ORLEANS_CLUSTER_ID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_KubernetesOnTheEmbeddedDefault_RefusesNamingTheConnectionString()
    {
        var error = Assert.Throws<StartupRefusedException>(() => MonitoringHost.Build(
            ["--urls", "http://127.0.0.1:0", "--Monitoring:Silo:Kubernetes=true"]));

        Assert.Contains("ConnectionStrings__Postgres", error.Message, StringComparison.Ordinal);
    }
}
