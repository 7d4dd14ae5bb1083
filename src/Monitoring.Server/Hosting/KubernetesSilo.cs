using Orleans.Configuration;

namespace Monitoring.Server.Hosting;

/// <summary>
/// A silo in a Kubernetes pod (<c>Monitoring:Silo:Kubernetes</c>, set by deploy/k8s): Orleans'
/// Kubernetes hosting takes the pod's name and IP from the downward API and watches the pods, while
/// membership stays in PostgreSQL. Refuses to start outside a pod, or with a cluster id that
/// disagrees with the pod's label, rather than join the wrong cluster.
/// </summary>
internal static class KubernetesSilo
{
    /// <summary>The variables the pod must set (deploy/k8s/base/silo-deployment.yaml).</summary>
    public static readonly string[] PodVariables = ["POD_NAME", "POD_NAMESPACE", "POD_IP", "ORLEANS_SERVICE_ID", "ORLEANS_CLUSTER_ID"];

    /// <summary>Refuses the start when the setting is on outside a pod or the cluster ids disagree; before the database is opened.</summary>
    public static void Require(MonitoringOptions options, IConfiguration configuration)
    {
        if (!options.Silo.Kubernetes)
        {
            return;
        }

        if (string.IsNullOrEmpty(configuration.GetConnectionString(PostgresMode.ConnectionName)))
        {
            throw new StartupRefusedException(
                "Monitoring:Silo:Kubernetes needs PostgreSQL clustering: set ConnectionStrings__Postgres, or unset it.");
        }

        var missing = PodVariables.Where(v => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v))).ToList();
        if (missing.Count > 0)
        {
            throw new StartupRefusedException(
                $"Monitoring:Silo:Kubernetes is set but {string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} not: run it in a pod from deploy/k8s, or unset it.");
        }

        var clusterId = Environment.GetEnvironmentVariable("ORLEANS_CLUSTER_ID");
        if (!string.Equals(clusterId, options.Storage.ClusterId, StringComparison.Ordinal))
        {
            throw new StartupRefusedException(
                $"Monitoring:Storage:ClusterId is '{options.Storage.ClusterId}' but the pod's orleans/clusterId label is '{clusterId}': make them equal.");
        }
    }

    public static void Configure(ISiloBuilder silo, MonitoringOptions options)
    {
        silo.UseKubernetesHosting();
        // Our membership table keys on the cluster id; the service id follows it, as without Kubernetes.
        silo.Configure<ClusterOptions>(o => o.ServiceId = options.Storage.ClusterId);
        silo.Configure<EndpointOptions>(o =>
        {
            o.SiloPort = options.Silo.Port;
            o.GatewayPort = options.Silo.GatewayPort;
        });
    }
}
