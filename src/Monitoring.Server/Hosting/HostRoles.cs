namespace Monitoring.Server.Hosting;

/// <summary>
/// Reads <c>Monitoring:Role</c> and refuses the combinations that cannot work: an unknown role, a
/// silo or front-end without PostgreSQL (they find each other through its membership table), and
/// the manual clock anywhere but in one all-in-one process (it moves one process's time only).
/// </summary>
internal static class HostRoles
{
    public const string Setting = "Monitoring:Role";

    /// <summary>The role named by <paramref name="value"/> (case-insensitive; empty is <c>all</c>).</summary>
    /// <exception cref="StartupRefusedException">Not one of <c>all</c>, <c>silo</c>, <c>frontend</c>.</exception>
    public static HostRole Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "all" => HostRole.All,
        "silo" => HostRole.Silo,
        "frontend" => HostRole.Frontend,
        _ => throw new StartupRefusedException(
            $"{Setting} (Monitoring__Role) is '{value}': use all (silo, API and dashboard in one process, the default), " +
            "silo (grains, health and metrics) or frontend (API, hub and dashboard over an Orleans client of the silos)."),
    };

    /// <summary>Why <paramref name="role"/> cannot start with these settings, or null.</summary>
    public static string? Problem(HostRole role, bool hasPostgres, bool manualClock)
    {
        if (role == HostRole.All)
        {
            return null;
        }

        var name = role == HostRole.Silo ? "silo" : "frontend";
        if (!hasPostgres)
        {
            return $"{Setting} is {name}, which needs PostgreSQL: set ConnectionStrings__Postgres (the silos and front-ends " +
                "of a deployment find each other through its membership table), or use Monitoring__Role=all for the embedded default.";
        }

        return manualClock
            ? $"{Setting} is {name}, but Monitoring:Clock=manual moves the time of one process only: use it with Monitoring__Role=all."
            : null;
    }

    /// <summary>Whether this process runs grains (a silo).</summary>
    public static bool HostsGrains(this HostRole role) => role != HostRole.Frontend;

    /// <summary>Whether this process serves the API, the hub and the dashboard.</summary>
    public static bool ServesApi(this HostRole role) => role != HostRole.Silo;
}
