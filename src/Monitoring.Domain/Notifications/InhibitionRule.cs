using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Notifications;

/// <summary>
/// An inhibition rule as the notifier applies it: an open alert of a source type (at or above the least
/// severity) keeps alerts of a target type that share its guard, device or site from being notified.
/// With <see cref="OnlyDevice"/> the source's device must be its guard's only device.
/// </summary>
public sealed record InhibitionRule(
    string RuleId,
    IReadOnlyCollection<string> SourceTypes,
    Severity? SourceMinSeverity,
    IReadOnlyCollection<string> TargetTypes,
    InhibitionShare Share,
    bool OnlyDevice)
{
    public bool Inhibits(NoticeAlert source, NoticeAlert target) =>
        source.AlertId != target.AlertId
        && source.IsOpen
        && SourceTypes.Contains(source.Type)
        && (SourceMinSeverity is not { } least || source.Severity >= least)
        && TargetTypes.Contains(target.Type)
        && Shares(source, target)
        && (!OnlyDevice || IsOnlyDevice(source, target));

    private bool Shares(NoticeAlert source, NoticeAlert target) => Share switch
    {
        InhibitionShare.Guard => source.GuardId is not null && source.GuardId == target.GuardId,
        InhibitionShare.Device => source.DeviceId is not null && source.DeviceId == target.DeviceId,
        _ => source.SiteId == target.SiteId,
    };

    // The guard's device count comes from whichever of the two alerts carries it (the inactivity
    // alert's evidence does). Unknown, the rule does not hold: a page too many beats a page lost.
    private static bool IsOnlyDevice(NoticeAlert source, NoticeAlert target) =>
        source.DeviceId is not null
        && source.GuardId is not null
        && source.GuardId == target.GuardId
        && (target.GuardDevices ?? source.GuardDevices) == 1;
}
