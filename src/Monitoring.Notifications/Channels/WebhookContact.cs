namespace Monitoring.Notifications.Channels;

/// <summary>The contact a webhook message is addressed to.</summary>
public sealed record WebhookContact(string Id, string Name);
