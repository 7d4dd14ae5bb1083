using Monitoring.Contracts.Notifications;
using Monitoring.Grains.Storage.Memory;
using Monitoring.Notifications.Channels;
using Monitoring.Notifications.Tests.Support;

namespace Monitoring.Notifications.Tests;

/// <summary>Slack, Teams and SMS gateway messages as a local receiver gets them.</summary>
public sealed class ChatAndSmsDeliveryTests
{
    [Fact]
    public async Task Slack_IncomingWebhook_TextAndBlocksWithAckLinks()
    {
        await using var receiver = await Receiver.StartAsync();
        var outbox = new MemoryNotificationOutbox();
        using var host = await DeliveryHost.StartAsync(outbox, DeliveryHost.Fast());
        var message = Messages.To(new ContactChannel { Kind = ChannelKind.Slack, Url = receiver.Url("slack").ToString() }, items: 2);

        await outbox.EnqueueAsync([message]);
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(await WebhookDeliveryTests.AllSettledAsync(outbox, [message])).Status);

        var json = Assert.Single(receiver.On("/slack")).Json;
        Assert.StartsWith("[CRITICAL] 2 alerts", json.GetProperty("text").GetString(), StringComparison.Ordinal);
        var blocks = json.GetProperty("blocks");
        Assert.Equal(3, blocks.GetArrayLength());
        Assert.Equal("mrkdwn", blocks[1].GetProperty("text").GetProperty("type").GetString());
        Assert.Contains($"<{message.Items[0].AckUrl}|Acknowledge>", blocks[1].GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teams_IncomingWebhook_AdaptiveCardWithAckActions()
    {
        await using var receiver = await Receiver.StartAsync();
        var outbox = new MemoryNotificationOutbox();
        using var host = await DeliveryHost.StartAsync(outbox, DeliveryHost.Fast());
        var message = Messages.To(new ContactChannel { Kind = ChannelKind.Teams, Url = receiver.Url("teams").ToString() }, items: 2);

        await outbox.EnqueueAsync([message]);
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(await WebhookDeliveryTests.AllSettledAsync(outbox, [message])).Status);

        var json = Assert.Single(receiver.On("/teams")).Json;
        var attachment = json.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        var actions = card.GetProperty("actions");
        Assert.Equal(2, actions.GetArrayLength());
        Assert.Equal("Action.OpenUrl", actions[0].GetProperty("type").GetString());
        Assert.Equal(message.Items[1].AckUrl, actions[1].GetProperty("url").GetString());
    }

    [Fact]
    public async Task Sms_Gateway_SignedJsonWithTextOf320AtMost()
    {
        await using var receiver = await Receiver.StartAsync();
        var outbox = new MemoryNotificationOutbox();
        var options = DeliveryHost.Fast();
        options.SmsGatewayUrl = receiver.Url("sms").ToString();
        options.SmsGatewaySecret = Receiver.Secret;
        using var host = await DeliveryHost.StartAsync(outbox, options);
        var message = Messages.To(new ContactChannel { Kind = ChannelKind.Sms, Phone = "+33612345678" }, items: 30);

        await outbox.EnqueueAsync([message]);
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(await WebhookDeliveryTests.AllSettledAsync(outbox, [message])).Status);

        var request = Assert.Single(receiver.On("/sms"));
        Assert.True(request.Headers.ContainsKey(WebhookSignature.SignatureHeader));
        var json = request.Json;
        Assert.Equal("+33612345678", json.GetProperty("to").GetString());
        Assert.Equal(message.IdempotencyKey, json.GetProperty("idempotencyKey").GetString());
        var text = json.GetProperty("text").GetString()!;
        Assert.InRange(text.Length, 100, SmsChannel.MaxText);
        Assert.EndsWith(message.Items[0].AckUrl!, text, StringComparison.Ordinal);
    }
}
