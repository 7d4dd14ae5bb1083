using Monitoring.Contracts.Notifications;
using Monitoring.Notifications.Channels;
using Monitoring.Notifications.Tests.Support;

namespace Monitoring.Notifications.Tests;

public sealed class MessageTextTests
{
    [Fact]
    public void SmsText_FortyAlerts_AtMost320WithTheAckLinkWhole()
    {
        var message = Messages.To(new ContactChannel { Kind = ChannelKind.Sms, Phone = "+33612345678" }, items: 40);

        var text = SmsChannel.Text(message);

        Assert.True(text.Length <= SmsChannel.MaxText, $"{text.Length} characters");
        Assert.EndsWith(" Ack: " + message.Items[0].AckUrl, text, StringComparison.Ordinal);
        Assert.Contains("…", text, StringComparison.Ordinal);
        Assert.StartsWith("[CRITICAL] 40 alerts (inactivity) at site site-north", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncate_CutsAtAWord() =>
        Assert.Equal("night shift…", MessageText.Truncate("night shift guard asleep", 15));

    [Fact]
    public void Title_Escalated_SaysTheTier() =>
        Assert.Equal(
            "[CRITICAL] inactivity at site site-north — escalated to tier 2",
            MessageText.Title(Messages.To(new ContactChannel { Kind = ChannelKind.Email }, NotificationReason.Escalated)));
}
