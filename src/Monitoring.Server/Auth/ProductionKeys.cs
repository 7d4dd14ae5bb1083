using Monitoring.Server.Hosting;

namespace Monitoring.Server.Auth;

/// <summary>
/// A host on PostgreSQL is a deployment, not a first try: it does not start with a development key
/// it made up and printed, only with configured keys (or one the operator fixed on purpose).
/// </summary>
internal static class ProductionKeys
{
    public static void Require(MonitoringOptions options, IConfiguration configuration)
    {
        var postgres = configuration.GetConnectionString(PostgresMode.ConnectionName) is { Length: > 0 };
        var configured = options.ApiKeys.Any(k => !string.IsNullOrWhiteSpace(k.Key)) || options.DevelopmentKey is { Length: > 0 };
        if (postgres && !configured)
        {
            throw new StartupRefusedException(
                "PostgreSQL mode needs API keys: set Monitoring__ApiKeys__0__Key, __Tenant and __Role (device, viewer, operator, admin " +
                "or system; a key may list several, e.g. admin,system). The host does not make up a development key when " +
                "ConnectionStrings__Postgres is set.");
        }
    }
}
