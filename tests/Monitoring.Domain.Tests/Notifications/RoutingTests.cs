using Monitoring.Domain.Alerts;
using Monitoring.Domain.Notifications;

namespace Monitoring.Domain.Tests.Notifications;

public sealed class RoutingTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly DateTimeOffset Night = new(2026, 11, 24, 1, 30, 0, TimeSpan.Zero); // 02:30 in Paris
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 11, 0, 0, TimeSpan.Zero);
    private static readonly NoticeAlert Inactivity = new("a1", "inactivity", Severity.High, "s1", "g1", "d1", true);

    private static RouteRule Route(
        string id, string[]? sites = null, string[]? types = null, Severity[]? severities = null,
        (string From, string To)? hours = null, params (int Tier, string[] Contacts)[] tiers) =>
        new(id, sites ?? [], types ?? [], severities ?? [],
            hours is { } h ? TimeSpan.Parse(h.From, System.Globalization.CultureInfo.InvariantCulture) : null,
            hours is { } h2 ? TimeSpan.Parse(h2.To, System.Globalization.CultureInfo.InvariantCulture) : null,
            tiers.ToDictionary(t => t.Tier, t => (IReadOnlyList<string>)t.Contacts), GroupTimings.Default);

    [Fact]
    public void Matches_EmptyMatchers_MatchesEverything()
    {
        Assert.True(Route("r").Matches(Inactivity, Noon, Paris));
    }

    [Theory]
    [InlineData("s2", null, null)]
    [InlineData(null, "battery_low", null)]
    [InlineData(null, null, Severity.Critical)]
    public void Matches_OneMatcherDiffers_NoMatch(string? site, string? type, Severity? severity)
    {
        var route = Route("r", site is null ? null : [site], type is null ? null : [type], severity is { } s ? [s] : null);

        Assert.False(route.Matches(Inactivity, Noon, Paris));
    }

    [Fact]
    public void Matches_NightWindowWrappingMidnight_SiteLocalHoursDecide()
    {
        var route = Route("r", hours: ("20:00", "06:00"));

        Assert.True(route.Matches(Inactivity, Night, Paris));
        Assert.False(route.Matches(Inactivity, Noon, Paris));
        // 05:30 UTC is 06:30 in Paris: outside, although inside the window in UTC.
        Assert.False(route.Matches(Inactivity, new DateTimeOffset(2026, 11, 24, 5, 30, 0, TimeSpan.Zero), Paris));
    }

    [Fact]
    public void Contacts_SeveralRoutesMatch_UnionEachOnceAtTheTier()
    {
        var routes = new[]
        {
            Route("a", tiers: [(0, ["alice", "bob"]), (1, ["sup"])]),
            Route("b", types: ["inactivity"], tiers: [(0, ["bob", "carol"])]),
            Route("c", types: ["battery_low"], tiers: [(0, ["dave"])]),
        };

        Assert.Equal(["alice", "bob", "carol"], Routing.Contacts(routes, Inactivity, 0, Noon, Paris));
        Assert.Equal(["sup"], Routing.Contacts(routes, Inactivity, 1, Noon, Paris));
        Assert.Empty(Routing.Contacts(routes, Inactivity, 3, Noon, Paris));
    }

    [Fact]
    public void Timings_TwoRoutesMatch_ShortestOfEach()
    {
        var fast = Route("a") with { Timings = new GroupTimings(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1)) };
        var slow = Route("b") with { Timings = new GroupTimings(TimeSpan.FromSeconds(60), TimeSpan.FromMinutes(2), TimeSpan.FromHours(8)) };

        var timings = Routing.Timings([fast, slow], Inactivity, Noon, Paris);

        Assert.Equal(new GroupTimings(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(2), TimeSpan.FromHours(1)), timings);
        Assert.Equal(GroupTimings.Default, Routing.Timings([], Inactivity, Noon, Paris));
    }
}
