namespace Monitoring.Notifications.Channels;

/// <summary>What the SMS gateway receives.</summary>
public sealed record SmsBody(string To, string Text, string IdempotencyKey);
