using Monitoring.Domain.Alerts;
using Monitoring.Domain.Notifications;

namespace Monitoring.Domain.Tests.Notifications;

/// <summary>Routes against the tenant: known sites, contacts, types and severities, a real hour window, tiers and timings in range.</summary>
public sealed class RouteRulesTests
{
    private static readonly HashSet<string> Contacts = ["lead", "noc"];
    private static readonly HashSet<string> Sites = ["north", "south"];

    private static RouteInput Route(
        string?[]? sites = null, string?[]? types = null, Severity[]? severities = null, (string? From, string? To)? hours = null,
        TierInput?[]? tiers = null, int wait = 30, int interval = 300, int repeat = 14_400) => new(
            "rt-1", "Nights", sites ?? ["north"], types ?? ["inactivity"], severities ?? [Severity.High], hours is not null, hours?.From, hours?.To,
            tiers ?? [new TierInput(0, ["lead"]), new TierInput(2, ["noc", "lead"])], wait, interval, repeat);

    private static string[] Fields(RouteInput route) => [.. RouteRules.Check(route, Contacts.Contains, Sites.Contains).Select(e => e.Field)];

    [Fact]
    public void Check_Valid_NoErrors()
    {
        Assert.Empty(Fields(Route(hours: ("20:00", "06:00"))));
        Assert.Empty(Fields(Route(sites: [], types: [], severities: [])));
    }

    [Fact]
    public void Check_OnlyUnknownSite_NamesItSoTheRouteCannotMatchNothing()
    {
        Assert.Equal(["siteIds[1]"], Fields(Route(sites: ["north", "west"])));
        Assert.Equal(["siteIds[0]"], Fields(Route(sites: ["a b"])));
        Assert.Equal(["siteIds[1]"], Fields(Route(sites: ["north", "north"])));
    }

    [Fact]
    public void Check_UnknownContact_NamesTheTierAndIndex()
    {
        Assert.Equal(["tiers[1].contactIds[1]"], Fields(Route(tiers: [new TierInput(0, ["lead"]), new TierInput(1, ["noc", "ghost"])])));
    }

    [Theory]
    [InlineData(4, "tiers[0].tier")]
    [InlineData(-1, "tiers[0].tier")]
    public void Check_TierOutOfRange_NamesIt(int tier, string field)
    {
        Assert.Equal([field], Fields(Route(tiers: [new TierInput(tier, ["lead"])])));
    }

    [Fact]
    public void Check_TiersMissingTwiceOrEmpty_NamesThem()
    {
        Assert.Equal(["tiers"], Fields(Route(tiers: [])));
        Assert.Equal(["tiers[1].tier"], Fields(Route(tiers: [new TierInput(1, ["lead"]), new TierInput(1, ["noc"])])));
        Assert.Equal(["tiers[0].contactIds"], Fields(Route(tiers: [new TierInput(0, [])])));
        Assert.Equal(["tiers[0]"], Fields(Route(tiers: [null])));
    }

    [Fact]
    public void Check_UnknownTypeOrSeverity_NamesIt()
    {
        Assert.Equal(["types[1]"], Fields(Route(types: ["inactivity", "sleeping"])));
        Assert.Equal(["severities[0]"], Fields(Route(severities: [(Severity)9])));
    }

    [Theory]
    [InlineData("22:00", "22:00", "hours.to")]
    [InlineData("24:00", "06:00", "hours.from")]
    [InlineData("8:00", "06:00", "hours.from")]
    [InlineData("20:00", null, "hours.to")]
    [InlineData("20:00", "06:60", "hours.to")]
    public void Check_HoursNotAWindow_NamesTheField(string? from, string? to, string field)
    {
        Assert.Equal([field], Fields(Route(hours: (from, to))));
    }

    [Theory]
    [InlineData(-1, 300, 14_400, "groupWaitS")]
    [InlineData(3601, 300, 14_400, "groupWaitS")]
    [InlineData(0, 0, 14_400, "groupIntervalS")]
    [InlineData(0, 86_401, 14_400, "groupIntervalS")]
    [InlineData(0, 1, 59, "repeatIntervalS")]
    [InlineData(0, 1, 604_801, "repeatIntervalS")]
    public void Check_TimingOutOfRange_NamesIt(int wait, int interval, int repeat, string field)
    {
        Assert.Equal([field], Fields(Route(wait: wait, interval: interval, repeat: repeat)));
    }

    [Fact]
    public void MinuteOfDay_Times_ParsedOrNull()
    {
        Assert.Equal((0, 1439, 1200), (RouteRules.MinuteOfDay("00:00"), RouteRules.MinuteOfDay("23:59"), RouteRules.MinuteOfDay("20:00")));
        Assert.Null(RouteRules.MinuteOfDay("20:00:00"));
        Assert.Null(RouteRules.MinuteOfDay(null));
    }
}
