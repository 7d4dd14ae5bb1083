using Monitoring.Server.Auth;
using Orleans.Dashboard;

namespace Monitoring.Server.Operations;

/// <summary>
/// The Orleans Dashboard (Microsoft.Orleans.Dashboard) for <c>system</c> keys, behind
/// <c>Monitoring:Operations:OrleansDashboard</c>, with a sign-in page for browsers
/// (<see cref="DashboardSignInApi"/>, <see cref="DashboardCookie"/>). It adds a grain-call filter (its profiler, idle
/// until the dashboard is read) and its own grains to the silo. Its live log stream is hidden: it
/// would hold a connection open for an hour with every log line of the host.
/// </summary>
internal static class OrleansDashboardSetup
{
    public const string Path = "/orleans-dashboard";
    public const string SignInPath = Path + "/sign-in";
    public const string SignOutPath = Path + "/sign-out";

    public static ISiloBuilder AddOrleansDashboard(this ISiloBuilder silo, OperationsOptions options) =>
        options.OrleansDashboard ? silo.AddDashboard(o => o.HideTrace = true) : silo;

    public static void MapOrleansDashboard(this WebApplication app, OperationsOptions options)
    {
        if (options.OrleansDashboard)
        {
            app.MapOrleansDashboard(Path).RequireAuthorization(Roles.SystemPolicy).ExcludeFromDescription();
            app.MapDashboardSignIn();
        }
    }
}
