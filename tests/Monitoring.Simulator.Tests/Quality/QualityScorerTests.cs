using Monitoring.Fleet.Night;
using Monitoring.Simulator.Quality;

namespace Monitoring.Simulator.Tests.Quality;

public sealed class QualityScorerTests
{
    private static readonly DateTimeOffset Night = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Score_matches_by_guard_or_device_type_and_window()
    {
        var report = Score();

        var inactivity = Row(report.ByType, "inactivity");
        Assert.Equal(new QualityRow("inactivity", 1, 1, 1.0, 4, 2, 0.5, Minutes(10), Minutes(10), 1.0, 1, 2), inactivity);
        Assert.Equal(new QualityRow("baseline_anomaly", 1, 0, 0.0, 0, 0, null, null, null, null, null, 0), Row(report.ByType, "baseline_anomaly"));
        Assert.Equal(new QualityRow("battery_shift_risk", 1, 1, 1.0, 1, 1, 1.0, Minutes(20), Minutes(20), 0.0, 0, 0), Row(report.ByType, "battery_shift_risk"));
        Assert.Equal(new QualityRow("battery_low", 1, 1, 1.0, 1, 1, 1.0, Minutes(100), Minutes(100), 0.0, 0, 0), Row(report.ByType, "battery_low"));
        Assert.Equal(new QualityRow("geofence_exit", 1, 0, 0.0, 1, 0, 0.0, null, null, null, null, 1), Row(report.ByType, "geofence_exit"));
        Assert.Equal(new QualityRow("device_offline", 0, 0, null, 1, 0, 0.0, null, null, null, null, 1), Row(report.ByType, "device_offline"));
        Assert.Equal(
            ["baseline_anomaly", "battery_critical", "battery_low", "battery_shift_risk", "device_offline", "geofence_exit", "inactivity"],
            report.ByType.Select(r => r.Label));
    }

    [Fact]
    public void Score_sums_up_each_kind()
    {
        var report = Score();

        Assert.Equal(["Asleep", "LeftSite", "BatteryDying", "DeclaredBreak"], report.ByKind.Select(r => r.Label));
        Assert.Equal(new QualityRow("Asleep", 1, 1, 1.0, null, null, null, Minutes(10), Minutes(10), 1.0, 1, 0), Row(report.ByKind, "Asleep"));
        Assert.Equal(new QualityRow("LeftSite", 1, 0, 0.0, null, null, null, null, null, null, null, 0), Row(report.ByKind, "LeftSite"));
        Assert.Equal(new QualityRow("BatteryDying", 1, 1, 1.0, null, null, null, Minutes(20), Minutes(20), 0.0, 0, 1), Row(report.ByKind, "BatteryDying"));
        Assert.Equal(new QualityRow("DeclaredBreak", 1, 0, null, null, null, null, null, null, null, null, 1), Row(report.ByKind, "DeclaredBreak"));
    }

    [Fact]
    public void Score_counts_false_alarms_against_guard_windows()
    {
        var report = Score();

        Assert.Equal(new FalseAlarmSummary(4, 1, 1, 2, 120, 4.0 / 120), report.FalseAlarms);
        Assert.Equal(8, report.Alerts);
    }

    [Fact]
    public void Score_counts_notified_inactivity_and_breaks_alerted()
    {
        FaultTruth[] faults =
        [
            Fault("f-1", FaultKind.Asleep, 1, 60, 120),
            Fault("f-2", FaultKind.BatteryDying, 2, 60, 180),
            Fault("f-3", FaultKind.DeclaredBreak, 3, 90, 120),
            Fault("f-4", FaultKind.DeclaredBreak, 4, 90, 120),
        ];
        ObservedAlert[] alerts =
        [
            new("a-1", "inactivity", "g-1", "d-1", "site-0", Night.AddMinutes(90)),
            new("a-2", "inactivity", "g-2", "d-2", "site-0", Night.AddMinutes(100), InhibitedBy: "a-9"),
            new("a-3", "inactivity", "g-5", "d-5", "site-0", Night.AddMinutes(100), SilencedBy: "sil_1"),
            new("a-4", "inactivity", "g-3", "d-3", "site-0", Night.AddMinutes(110)),
            new("a-5", "device_offline", "g-3", "d-3", "site-0", Night.AddMinutes(115)),
        ];

        var noise = QualityScorer.Score(faults, alerts, TimeSpan.FromHours(10)).Noise;

        Assert.Equal(new NoiseSummary("inactivity", 4, 1, 2, 1, 1, 1, 2, 1), noise);
        Assert.Equal(0.5, noise.NotifiedPrecision);
        Assert.Equal(0.5, noise.BreaksAlertedShare);
    }

    [Fact]
    public void Percentiles_are_nearest_rank_over_the_detected_faults()
    {
        FaultTruth[] faults =
        [
            Fault("f-1", FaultKind.SwitchedOff, 1, 0, 60),
            Fault("f-2", FaultKind.SwitchedOff, 2, 0, 60),
            Fault("f-3", FaultKind.SwitchedOff, 3, 0, 60),
        ];
        ObservedAlert[] alerts =
        [
            new("a-1", "device_offline", "g-1", "d-1", "site-0", Night.AddMinutes(10)),
            new("a-2", "device_offline", "g-2", "d-2", "site-0", Night.AddMinutes(12)),
            new("a-3", "device_offline", "g-3", "d-3", "site-0", Night.AddMinutes(30)),
        ];

        var row = Row(QualityScorer.Score(faults, alerts, TimeSpan.FromHours(1)).ByKind, "SwitchedOff");

        Assert.Equal((Minutes(12), Minutes(30)), (row.DelayP50, row.DelayP95));
    }

    [Fact]
    public void Table_renders_markdown_and_text()
    {
        var report = Score();

        var markdown = QualityTable.Markdown(report);
        var text = QualityTable.Text(report);

        Assert.StartsWith("| type/kind | faults | detected | recall | precision | delay p50 | delay p95 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| inactivity | 1 | 1 | 100.0% | 50.0% (2/4) | 10.0 min | 10.0 min | 1.00 / 1 | 2 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| *DeclaredBreak* | 1 | 0 | - | - | - | - | - | 1 |", markdown, StringComparison.Ordinal);
        Assert.Contains("False alarms: 4 over 120 guard-windows of 5 min = 3.333%", markdown, StringComparison.Ordinal);
        Assert.Contains("(on valid behaviour 1, beside a fault 1, normal time 2)", text, StringComparison.Ordinal);
        Assert.Contains("Notified inactivity (neither inhibited nor silenced): precision 50.0% (2/4); 0 inhibited, 0 silenced.", markdown, StringComparison.Ordinal);
        Assert.Contains("Declared breaks alerted: 1 of 1 (100.0%).", markdown, StringComparison.Ordinal);
        Assert.Equal(1 + 7 + 4 + 3, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    /// <summary>
    /// Asleep g-1 01:00-02:00, BatteryDying g-2 01:00-03:00, LeftSite g-3 02:00-02:30, a declared
    /// break g-4 01:30-02:00, and eight alerts: a detection and its duplicate, a device-only
    /// detection, a second type on the same fault, an alert past the grace, a false alarm on a
    /// normal guard, one during the break, and one of an unexpected type beside a fault.
    /// </summary>
    private static QualityReport Score()
    {
        FaultTruth[] faults =
        [
            Fault("f-1", FaultKind.Asleep, 1, 60, 120),
            Fault("f-2", FaultKind.BatteryDying, 2, 60, 180),
            Fault("f-3", FaultKind.LeftSite, 3, 120, 150),
            Fault("f-4", FaultKind.DeclaredBreak, 4, 90, 120),
        ];
        ObservedAlert[] alerts =
        [
            new("a-2", "inactivity", "g-1", "d-1", "site-0", Night.AddMinutes(100)),
            new("a-1", "inactivity", "g-1", "d-1", "site-0", Night.AddMinutes(70)),
            new("a-3", "battery_shift_risk", null, "d-2", "site-0", Night.AddMinutes(80)),
            new("a-4", "battery_low", "g-2", "d-2", "site-0", Night.AddMinutes(160)),
            new("a-5", "geofence_exit", "g-3", "d-3", "site-0", Night.AddMinutes(190)),
            new("a-6", "inactivity", "g-5", "d-5", "site-0", Night.AddMinutes(60)),
            new("a-7", "inactivity", "g-4", "d-4", "site-0", Night.AddMinutes(110)),
            new("a-8", "device_offline", "g-2", "d-2", "site-0", Night.AddMinutes(120)),
        ];
        return QualityScorer.Score(faults, alerts, TimeSpan.FromHours(10));
    }

    private static FaultTruth Fault(string id, FaultKind kind, int guard, int fromMinute, int toMinute) =>
        new(id, kind, $"g-{guard}", $"d-{guard}", "site-0", Night.AddMinutes(fromMinute), Night.AddMinutes(toMinute));

    private static QualityRow Row(IReadOnlyList<QualityRow> rows, string label) => rows.Single(r => r.Label == label);

    private static TimeSpan Minutes(int minutes) => TimeSpan.FromMinutes(minutes);
}
