using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Notifications;
using Monitoring.Domain.Rules;

namespace Monitoring.Grains.Notifications.Book;

/// <summary>The rules a fresh tenant starts with (product spec, "Notifications"): a guard whose only phone is offline or critically low is not also paged for inactivity.</summary>
internal static class DefaultInhibitions
{
    public const string DeadPhoneId = "dead-phone";

    public static IReadOnlyList<Inhibition> All { get; } =
    [
        new Inhibition
        {
            InhibitionId = DeadPhoneId,
            Name = "A dead phone's guard is not paged for inactivity",
            SourceTypes = [RuleTypes.DeviceOffline, RuleTypes.BatteryCritical],
            TargetTypes = [AlertTypeCatalog.Inactivity],
            Equal = InhibitionScope.Guard,
            OnlyDevice = true,
        },
    ];
}
