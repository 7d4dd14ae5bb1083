namespace Monitoring.Domain.Notifications;

/// <summary>The channel kinds by wire name, and which fields each takes.</summary>
public static class ChannelKinds
{
    public const string Webhook = "webhook";
    public const string Email = "email";
    public const string Slack = "slack";
    public const string Teams = "teams";
    public const string Pagerduty = "pagerduty";
    public const string Sms = "sms";

    public static IReadOnlyList<string> All { get; } = [Webhook, Email, Slack, Teams, Pagerduty, Sms];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);

    /// <summary>Kinds whose URL is required (the others may name one to override the host's endpoint, or take none).</summary>
    public static bool NeedsUrl(string kind) => kind is Webhook or Slack or Teams;

    public static bool TakesUrl(string kind) => kind is not Email;

    /// <summary>Webhooks sign with the secret; PagerDuty verifies its own webhooks with it.</summary>
    public static bool TakesSecret(string kind) => kind is Webhook or Pagerduty;
}
