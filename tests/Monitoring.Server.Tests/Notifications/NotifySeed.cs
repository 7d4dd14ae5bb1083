using Microsoft.Extensions.DependencyInjection;
using Monitoring.Contracts.Alerts;
using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Alerts;
using Monitoring.Grains.Keys;
using Monitoring.Grains.Notifications;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Notifications;

/// <summary>A fresh tenant with one contact seeded in the host's notification policy cache (no book needed) and alerts raised straight on their grains.</summary>
internal sealed class NotifySeed(HostFixture host)
{
    public string Tenant { get; } = "t-" + Guid.NewGuid().ToString("N")[..8];

    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    public AckLinks Links => host.Services.GetRequiredService<AckLinks>();

    public void Contact(string contactId, string name, string? pagerDutySecret = null) =>
        host.Services.GetRequiredService<NotificationPolicyCache>().Seed(Tenant, new NotificationPolicy(1,
        [
            new Contact
            {
                ContactId = contactId,
                Name = name,
                Channels = pagerDutySecret is null
                    ? [new ContactChannel { Kind = ChannelKind.Email, Address = "a@example.test" }]
                    : [new ContactChannel { Kind = ChannelKind.Pagerduty, RoutingKey = "rk", Secret = pagerDutySecret, HasSecret = true }],
            },
        ], [], [], []));

    public async Task<string> RaiseAsync()
    {
        var alertId = "alt-" + Guid.NewGuid().ToString("N")[..12];
        await Alert(alertId).RaiseAsync(new AlertDraft("device_offline", Severity.Medium, "s-1", "g-1", "d-1", null, "{}", TimeSpan.FromHours(1)));
        return alertId;
    }

    public IAlertGrain Alert(string alertId) => Grains.GetGrain<IAlertGrain>(GrainKeys.Compose(Tenant, alertId));
}
