using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Storage.Memory;
using Monitoring.Notifications.Channels;
using Monitoring.Notifications.Tests.Support;
using MimeKit;

namespace Monitoring.Notifications.Tests;

/// <summary>Email over SMTP (MailKit) to a real SMTP server on 127.0.0.1.</summary>
public sealed class EmailDeliveryTests
{
    [Fact]
    public async Task Email_RealSmtpServer_PlainAndHtmlPartsWithSubjectAndAckLinks()
    {
        await using var smtp = SmtpSink.Start();
        var outbox = new MemoryNotificationOutbox();
        var options = DeliveryHost.Fast();
        options.Smtp.Host = "127.0.0.1";
        options.Smtp.Port = smtp.Port;
        options.Smtp.Security = "none";
        options.Smtp.From = "Monitoring <alerts@monitoring.example>";
        using var host = await DeliveryHost.StartAsync(outbox, options);
        var message = Messages.To(new ContactChannel { Kind = ChannelKind.Email, Address = "night.desk@example.com" }, NotificationReason.Escalated, items: 2);

        await outbox.EnqueueAsync([message]);
        var row = Assert.Single(await WebhookDeliveryTests.AllSettledAsync(outbox, [message]));

        Assert.Equal(DeliveryStatus.Sent, row.Status);
        var mail = Assert.Single(smtp.Messages);
        Assert.Equal("[Monitoring] [CRITICAL] 2 alerts (inactivity) at site site-north — escalated to tier 2", mail.Subject);
        Assert.Equal("night.desk@example.com", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("alerts@monitoring.example", Assert.Single(mail.From.Mailboxes).Address);
        Assert.Equal(EmailRendering.MessageId(message.IdempotencyKey, "monitoring.example"), mail.MessageId);
        Assert.Equal("multipart/alternative", mail.Body?.ContentType.MimeType);
        var parts = Assert.IsType<MultipartAlternative>(mail.Body).OfType<TextPart>().ToList();
        var plain = Assert.Single(parts, p => p.IsPlain).Text;
        var html = Assert.Single(parts, p => p.IsHtml).Text;
        Assert.Contains("Acknowledge: " + message.Items[0].AckUrl, plain, StringComparison.Ordinal);
        Assert.Contains("guard g-7", plain, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{System.Net.WebUtility.HtmlEncode(message.Items[1].AckUrl)}\">Acknowledge</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Email_NoSmtpRelayConfigured_DeadAtOnceSayingWhichSetting()
    {
        var outbox = new MemoryNotificationOutbox();
        using var host = await DeliveryHost.StartAsync(outbox, DeliveryHost.Fast());
        var message = Messages.To(new ContactChannel { Kind = ChannelKind.Email, Address = "night.desk@example.com" });

        await outbox.EnqueueAsync([message]);
        var row = Assert.Single(await WebhookDeliveryTests.AllSettledAsync(outbox, [message]));

        Assert.Equal((DeliveryStatus.Dead, 1), (row.Status, row.Attempts));
        Assert.Contains("Smtp:Host", row.LastError, StringComparison.Ordinal);
    }
}
