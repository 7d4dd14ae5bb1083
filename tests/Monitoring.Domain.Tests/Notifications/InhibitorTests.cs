using Monitoring.Domain.Alerts;
using Monitoring.Domain.Notifications;

namespace Monitoring.Domain.Tests.Notifications;

public sealed class InhibitorTests
{
    private static readonly InhibitionRule DeadPhone = new(
        "dead-phone", ["device_offline", "battery_low"], Severity.High, ["inactivity"], InhibitionShare.Guard, OnlyDevice: true);

    private static readonly NoticeAlert Offline = new("a-off", "device_offline", Severity.High, "s1", "g1", "d1", true);
    private static readonly NoticeAlert Inactivity = new("a-ina", "inactivity", Severity.High, "s1", "g1", "d1", true, GuardDevices: 1);

    [Fact]
    public void Find_OnlyPhoneOffline_InhibitsInactivity()
    {
        Assert.Equal("a-off", Inhibitor.Find([DeadPhone], Inactivity, [Offline, Inactivity]));
    }

    [Fact]
    public void Find_GuardHasTwoPhones_NotInhibited()
    {
        Assert.Null(Inhibitor.Find([DeadPhone], Inactivity with { GuardDevices = 2 }, [Offline]));
    }

    [Fact]
    public void Find_DeviceCountUnknown_NotInhibited()
    {
        Assert.Null(Inhibitor.Find([DeadPhone], Inactivity with { GuardDevices = null }, [Offline]));
    }

    [Fact]
    public void Find_SourceClosedTooLowOrOtherGuard_NotInhibited()
    {
        Assert.Null(Inhibitor.Find([DeadPhone], Inactivity, [Offline with { IsOpen = false }]));
        Assert.Null(Inhibitor.Find([DeadPhone], Inactivity, [Offline with { Severity = Severity.Medium }]));
        Assert.Null(Inhibitor.Find([DeadPhone], Inactivity, [Offline with { GuardId = "g2" }]));
    }

    [Fact]
    public void Find_TypeNotATarget_NotInhibited()
    {
        Assert.Null(Inhibitor.Find([DeadPhone], Inactivity with { Type = "geofence_exit" }, [Offline]));
    }

    [Fact]
    public void Find_SiteScopeWithoutOnlyDevice_AnyOpenSourceAtTheSite()
    {
        var rule = DeadPhone with { Share = InhibitionShare.Site, OnlyDevice = false, SourceMinSeverity = null };
        var elsewhere = Offline with { GuardId = "g9", DeviceId = "d9", Severity = Severity.Low };

        Assert.Equal("a-off", Inhibitor.Find([rule], Inactivity with { GuardDevices = null }, [elsewhere]));
        Assert.Null(Inhibitor.Find([rule], Inactivity, [elsewhere with { SiteId = "s2" }]));
    }

    [Fact]
    public void Find_DeviceScope_SameDeviceOnly()
    {
        var rule = DeadPhone with { Share = InhibitionShare.Device, OnlyDevice = false };

        Assert.Equal("a-off", Inhibitor.Find([rule], Inactivity, [Offline]));
        Assert.Null(Inhibitor.Find([rule], Inactivity with { DeviceId = "d2" }, [Offline]));
    }

    [Fact]
    public void Find_TargetClosed_Null()
    {
        Assert.Null(Inhibitor.Find([DeadPhone], Inactivity with { IsOpen = false }, [Offline]));
    }
}
