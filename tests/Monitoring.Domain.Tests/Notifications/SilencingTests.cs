using Monitoring.Domain.Alerts;
using Monitoring.Domain.Notifications;

namespace Monitoring.Domain.Tests.Notifications;

public sealed class SilencingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);
    private static readonly NoticeAlert Alert = new("a1", "inactivity", Severity.High, "s1", "g1", "d1", true);

    private static SilenceRule Silence(string id, string? site = null, string? guard = null, string? type = null, Severity? severity = null) =>
        new(id, site, guard, null, type, severity, Now.AddHours(-1), Now.AddHours(1));

    [Fact]
    public void Find_EveryMatcherHolds_SilenceId()
    {
        Assert.Equal("sil_1", Silencing.Find([Silence("sil_1", "s1", "g1", "inactivity", Severity.High)], Alert, Now));
    }

    [Fact]
    public void Find_OneMatcherDiffers_Null()
    {
        Assert.Null(Silencing.Find([Silence("sil_1", "s1", "g2")], Alert, Now));
        Assert.Null(Silencing.Find([Silence("sil_1", severity: Severity.Low)], Alert, Now));
    }

    [Fact]
    public void Find_NoMatcherSet_MatchesNothing()
    {
        Assert.Null(Silencing.Find([Silence("sil_1")], Alert, Now));
    }

    [Fact]
    public void Find_PendingEndedOrOver_Null()
    {
        var silence = Silence("sil_1", "s1");

        Assert.Null(Silencing.Find([silence with { StartsAt = Now.AddMinutes(1) }], Alert, Now));
        Assert.Null(Silencing.Find([silence with { EndedAt = Now.AddMinutes(-1) }], Alert, Now));
        Assert.Null(Silencing.Find([silence], Alert, silence.EndsAt));
    }

    [Fact]
    public void Find_SeveralMatch_LowestId()
    {
        Assert.Equal("sil_a", Silencing.Find([Silence("sil_b", "s1"), Silence("sil_a", type: "inactivity")], Alert, Now));
    }

    [Fact]
    public void NextBoundary_StartsAndEndsAhead_Earliest()
    {
        var later = Silence("sil_1", "s1") with { StartsAt = Now.AddMinutes(30), EndsAt = Now.AddHours(2) };

        Assert.Equal(Now.AddMinutes(30), Silencing.NextBoundary([later, Silence("sil_2", "s1")], Now));
        Assert.Null(Silencing.NextBoundary([Silence("sil_2", "s1") with { EndedAt = Now }], Now));
    }
}
