using Monitoring.Domain.Alerts;
using Monitoring.Domain.Notifications;

namespace Monitoring.Domain.Tests.Notifications;

/// <summary>New silences: matchers, a span that ends after it starts and in the future, within 90 days, with an author and a comment.</summary>
public sealed class SilenceRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    private static SilenceInput Silence(
        string? site = "north", string? type = null, Severity? severity = null, DateTimeOffset? starts = null, DateTimeOffset? ends = null,
        string? by = "ops-anna", string? comment = "gate works") =>
        new(site, null, null, type, severity, starts ?? Now, ends ?? Now.AddHours(2), by, comment);

    private static string[] Fields(SilenceInput silence) => [.. SilenceRules.Check(silence, Now).Select(e => e.Field)];

    [Fact]
    public void Check_Valid_NoErrors()
    {
        Assert.Empty(Fields(Silence()));
        Assert.Empty(Fields(Silence(site: null, type: "device_offline", severity: Severity.High, starts: Now.AddDays(-1), ends: Now.AddMinutes(1))));
    }

    [Fact]
    public void Check_EndsBeforeItStarts_NamesEndsAt()
    {
        var error = Assert.Single(SilenceRules.Check(Silence(starts: Now.AddHours(3), ends: Now.AddHours(2)), Now));

        Assert.Equal(("endsAt", "must be after startsAt"), (error.Field, error.Message));
    }

    [Fact]
    public void Check_EndsInThePastOrTooLong_NamesEndsAt()
    {
        Assert.Equal(["endsAt"], Fields(Silence(starts: Now.AddHours(-3), ends: Now.AddHours(-1))));
        Assert.Equal(["endsAt"], Fields(Silence(starts: Now, ends: Now)));
        Assert.Equal(["endsAt"], Fields(Silence(ends: Now.AddDays(90).AddMinutes(1))));
        Assert.Empty(Fields(Silence(ends: Now.AddDays(90))));
    }

    [Fact]
    public void Check_StartsTooFarAhead_NamesStartsAt()
    {
        Assert.Equal(["startsAt"], Fields(Silence(starts: Now.AddDays(366), ends: Now.AddDays(367))));
        Assert.Contains("startsAt", Fields(Silence(starts: DateTimeOffset.MaxValue, ends: DateTimeOffset.MaxValue)));
    }

    [Fact]
    public void Check_NoMatcherOrBadOnes_NamesThem()
    {
        Assert.Equal(["matchers"], Fields(Silence(site: null)));
        Assert.Equal(["matchers.siteId"], Fields(Silence(site: "a/b")));
        Assert.Equal(["matchers.type"], Fields(Silence(type: "sleeping")));
        Assert.Equal(["matchers.severity"], Fields(Silence(severity: (Severity)7)));
    }

    [Theory]
    [InlineData(null, "c", "createdBy")]
    [InlineData("", "c", "createdBy")]
    [InlineData("a\nb", "c", "createdBy")]
    [InlineData("a", null, "comment")]
    [InlineData("a", " ", "comment")]
    public void Check_AuthorOrCommentMissing_NamesIt(string? by, string? comment, string field)
    {
        Assert.Equal([field], Fields(Silence(by: by, comment: comment)));
    }

    [Fact]
    public void Check_CommentOnSeveralLinesWithinLimits_Accepted()
    {
        Assert.Empty(Fields(Silence(comment: "line one\nline two\ttabbed")));
        Assert.Equal(["comment"], Fields(Silence(comment: new string('c', 1001))));
        Assert.Equal(["comment"], Fields(Silence(comment: "lone \ud800 surrogate")));
    }
}
