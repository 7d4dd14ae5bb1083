using Monitoring.Domain.Baselines;

namespace Monitoring.Domain.Tests.Baselines;

public sealed class GuardBaselineStorageTests
{
    private const int Hour = Weeks.Monday0900;
    private static readonly BaselineSettings Settings = BaselineSettings.Default;
    private static readonly BaselineThreshold Mature = DynamicThreshold.For(240, 0.0, Settings);

    [Fact]
    public void Record_StoresOnlyHoursThatHaveData()
    {
        var baseline = new GuardBaseline();

        baseline.Record(167, Weeks.Usual);
        baseline.Record(3, Weeks.Usual);
        baseline.Record(167, Weeks.Usual);

        Assert.Equal(2, baseline.SlotCount);
        Assert.Equal([3, 167], baseline.Slots().Select(s => s.HourOfWeek));
        Assert.Equal(2, baseline.Slot(167).Count);
        Assert.Equal(0, baseline.Slot(100).Count);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(168)]
    public void Record_HourOutsideTheWeek_Throws(int hour) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GuardBaseline().Record(hour, Weeks.Usual));

    [Fact]
    public void Record_NonFiniteCount_ThrowsAndLearnsNothing()
    {
        var baseline = new GuardBaseline();

        Assert.Throws<ArgumentOutOfRangeException>(() => baseline.Record(Hour, Weeks.Usual with { MovementM = double.NaN }));
        Assert.Equal(0, baseline.SlotCount);
    }

    [Fact]
    public void Restore_FromSlots_JudgesExactlyAsTheOriginal()
    {
        var original = Weeks.Learned(weeks: 10, seed: 6);
        original.Record(150, Weeks.Usual);
        var observed = Weeks.Usual with { TasksCompleted = 0 };

        var restored = GuardBaseline.Restore([.. original.Slots(), new BaselineSlot(200, 5, default, default)]);

        Assert.Equal(original.Slots(), restored.Slots());
        Assert.Equal(original.Check(Hour, observed, Mature, Settings), restored.Check(Hour, observed, Mature, Settings));
    }
}
