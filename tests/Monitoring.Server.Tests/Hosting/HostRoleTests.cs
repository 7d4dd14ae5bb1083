using Monitoring.Server.Hosting;

namespace Monitoring.Server.Tests.Hosting;

/// <summary>
/// <c>Monitoring:Role</c>: an unknown role, a silo or front-end without PostgreSQL, and the manual
/// clock outside <c>all</c> are refused before anything starts, each naming what to set.
/// </summary>
public sealed class HostRoleTests
{
    // Port 1 is never reached: every refusal here comes before the database is opened.
    private const string UnreachablePostgres = "--ConnectionStrings:Postgres=Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none";

    [Theory]
    [InlineData(null, "All")]
    [InlineData("", "All")]
    [InlineData("all", "All")]
    [InlineData("Silo", "Silo")]
    [InlineData(" FRONTEND ", "Frontend")]
    public void Parse_KnownRole_IsThatRole(string? value, string expected) => Assert.Equal(expected, HostRoles.Parse(value).ToString());

    [Fact]
    public void Build_UnknownRole_RefusesNamingTheSettingAndTheRoles()
    {
        var error = Assert.Throws<StartupRefusedException>(() => MonitoringHost.Build(["--urls", "http://127.0.0.1:0", "--Monitoring:Role=edge"]));

        Assert.Contains("Monitoring:Role", error.Message, StringComparison.Ordinal);
        Assert.Contains("'edge'", error.Message, StringComparison.Ordinal);
        Assert.Contains("frontend", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frontend")]
    [InlineData("silo")]
    public void Build_ClusterRoleWithoutPostgres_RefusesNamingTheConnectionString(string role)
    {
        var error = Assert.Throws<StartupRefusedException>(() => MonitoringHost.Build(["--urls", "http://127.0.0.1:0", "--Monitoring:Role=" + role]));

        Assert.Contains($"Monitoring:Role is {role}", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Postgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FrontendOnManualClock_Refuses()
    {
        var error = Assert.Throws<StartupRefusedException>(() => MonitoringHost.Build(
            ["--urls", "http://127.0.0.1:0", UnreachablePostgres, "--Monitoring:DevelopmentKey=k", "--Monitoring:Role=frontend", "--Monitoring:Clock=manual"]));

        Assert.Contains("Monitoring:Clock=manual", error.Message, StringComparison.Ordinal);
    }
}
