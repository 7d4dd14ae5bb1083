using System.Globalization;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>
/// What every host process of one test cluster shares: the database, the cluster id, one admin API
/// key for a tenant of its own, and further settings as environment variables
/// (<c>Monitoring__...</c>). Each process adds its own ports.
/// </summary>
internal sealed record ClusterSettings(string ConnectionString, string ClusterId, string Tenant, string ApiKey)
{
    /// <summary>The evaluation reminder's period in <see cref="ShortTimings"/>.</summary>
    public static readonly TimeSpan EvaluationPeriod = TimeSpan.FromSeconds(10);

    /// <summary>The inactivity window in <see cref="ShortTimings"/>: the shortest the host allows.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public const string RoleVariable = "Monitoring__Role";

    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>The same cluster for processes of <paramref name="role"/> (<c>silo</c>, <c>frontend</c>, <c>all</c>).</summary>
    public ClusterSettings WithRole(string role) =>
        this with { Values = new Dictionary<string, string>(Values, StringComparer.Ordinal) { [RoleVariable] = role } };

    /// <summary>
    /// A cluster on <paramref name="connectionString"/> with short timings: evaluation every 10 s
    /// (reminders down to 5 s allowed), guard and device state checkpointed every 5 s, a 1-minute window.
    /// </summary>
    public static ClusterSettings ShortTimings(string connectionString)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        return new ClusterSettings(connectionString, "cluster-" + id, "t-" + id, "key-" + Guid.NewGuid().ToString("N"))
        {
            Values = new Dictionary<string, string>
            {
                ["Monitoring__Silo__MinimumReminderPeriod"] = "00:00:05",
                ["Monitoring__Inactivity__EvaluationPeriod"] = EvaluationPeriod.ToString("c"),
                ["Monitoring__Inactivity__Window"] = Window.ToString("c"),
                ["Monitoring__Storage__CheckpointPeriod"] = "00:00:05",
            },
        };
    }

    /// <summary>The environment of one host process listening on the given ports.</summary>
    public Dictionary<string, string> Environment(int siloPort, int gatewayPort)
    {
        return new Dictionary<string, string>(Values, StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Postgres"] = ConnectionString,
            ["Monitoring__Storage__ClusterId"] = ClusterId,
            ["Monitoring__Silo__Port"] = siloPort.ToString(CultureInfo.InvariantCulture),
            ["Monitoring__Silo__GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture),
            ["Monitoring__Silo__AdvertisedIp"] = "127.0.0.1",
            ["Monitoring__ApiKeys__0__Key"] = ApiKey,
            ["Monitoring__ApiKeys__0__Tenant"] = Tenant,
            ["Monitoring__ApiKeys__0__Role"] = "admin",
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            ["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true",
            ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ",
            ["Logging__Console__FormatterOptions__ColorBehavior"] = "Disabled",
        };
    }
}
