using Monitoring.Domain.Alerts;
using Monitoring.Domain.Inactivity;
using Monitoring.Domain.Tests.Support;

namespace Monitoring.Domain.Tests.Inactivity;

/// <summary>
/// The product's scoring table, every combination of absent signals at every time of night, run
/// through the evaluator in Europe/Paris. Expectations are worked out here in integer hundredths.
/// </summary>
public sealed class ScoringTableTests
{
    public static TheoryData<bool, bool, bool, bool, int> Cases()
    {
        var data = new TheoryData<bool, bool, bool, bool, int>();
        foreach (var localHour in new[] { 14, 22, 2 })
        {
            for (var mask = 0; mask < 16; mask++)
            {
                data.Add((mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0, (mask & 8) != 0, localHour);
            }
        }

        return data;
    }

    [Fact]
    public void Cases_Table_CoversEveryCombinationAtDayNightAndDeepNight()
    {
        Assert.Equal(48, Cases().Count());
        Assert.Equal(48, Cases().Select(c => string.Join(',', c)).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_ScoringTable_MatchesProductRule(
        bool phoneAbsent, bool movementAbsent, bool tasksAbsent, bool checkpointsAbsent, int localHour)
    {
        var now = SiteTimes.ParisLocal(localHour);
        var deepNight = localHour is >= 1 and < 5;
        var night = localHour is >= 20 or < 6;
        var hundredths = (phoneAbsent ? 20 : 0) + (movementAbsent ? 30 : 0) + (tasksAbsent ? 25 : 0) + (checkpointsAbsent ? 25 : 0);
        if (deepNight)
        {
            Assert.Equal(0, hundredths * 6 % 5);
            hundredths = hundredths * 6 / 5;
        }

        hundredths = Math.Min(100, hundredths);
        var severity = hundredths switch
        {
            >= 90 => Severity.Critical,
            >= 80 => Severity.High,
            >= 60 => Severity.Medium,
            _ => Severity.Low,
        };

        var outcome = GuardEvaluator.Evaluate(
            Inputs.At(now) with { Window = Windows.Ending(now, phoneAbsent, movementAbsent, tasksAbsent, checkpointsAbsent) },
            InactivitySettings.Default);

        Assert.Equal(hundredths, outcome.Score.Score * 100m);
        Assert.Equal(severity, outcome.Score.Severity);
        Assert.Equal(hundredths >= 80, outcome.Score.IsInactive);
        Assert.Equal(deepNight, outcome.Score.IsDeepNight);
        Assert.Equal(night, outcome.IsNightShift);
        Assert.Equal(
            (phoneAbsent, movementAbsent, tasksAbsent, checkpointsAbsent),
            (outcome.Score.PhoneAbsent, outcome.Score.MovementAbsent, outcome.Score.TasksAbsent, outcome.Score.CheckpointsAbsent));
        Assert.Equal(hundredths >= 80 ? AlertDecision.Raise : AlertDecision.None, outcome.Decision);
    }
}
