using Monitoring.Domain.Alerts;
using Monitoring.Domain.Notifications;

namespace Monitoring.Domain.Tests.Notifications;

/// <summary>Inhibition rules: known, non-empty, disjoint source and target types, and a known scope.</summary>
public sealed class InhibitionRulesTests
{
    private static string[] Fields(string?[] sources, string?[] targets, string? equal = "guard", Severity? minimum = null) =>
        [.. InhibitionRules.Check(new InhibitionInput("inh-1", null, sources, minimum, targets, equal)).Select(e => e.Field)];

    [Fact]
    public void Check_TheDefaultRule_NoErrors()
    {
        Assert.Empty(Fields(["device_offline", "battery_critical"], ["inactivity"]));
        Assert.Empty(Fields(["geofence_exit"], ["inactivity", "baseline_anomaly"], "site", Severity.High));
    }

    [Fact]
    public void Check_SourceAlsoTarget_NamesTheTarget()
    {
        Assert.Equal(["targetTypes[1]"], Fields(["device_offline"], ["inactivity", "device_offline"]));
    }

    [Fact]
    public void Check_EmptyOrUnknownTypes_NamesThem()
    {
        Assert.Equal(["sourceTypes"], Fields([], ["inactivity"]));
        Assert.Equal(["targetTypes"], Fields(["device_offline"], []));
        Assert.Equal(["sourceTypes[0]"], Fields(["napping"], ["inactivity"]));
        Assert.Equal(["targetTypes[0]"], Fields(["device_offline"], [null]));
    }

    [Fact]
    public void Check_UnknownScopeOrSeverity_NamesIt()
    {
        Assert.Equal(["equal"], Fields(["device_offline"], ["inactivity"], "planet"));
        Assert.Equal(["sourceMinSeverity"], Fields(["device_offline"], ["inactivity"], minimum: (Severity)9));
    }

    [Fact]
    public void AlertTypeCatalog_KnowsEveryAlertType()
    {
        Assert.True(AlertTypeCatalog.IsKnown("inactivity") && AlertTypeCatalog.IsKnown("baseline_anomaly") && AlertTypeCatalog.IsKnown("fraud_risk"));
        Assert.True(AlertTypeCatalog.IsKnown("battery_critical") && AlertTypeCatalog.IsKnown("biometric_failures"));
        Assert.False(AlertTypeCatalog.IsKnown("INACTIVITY"));
    }
}
