namespace Monitoring.Domain.Notifications;

/// <summary>One channel of a contact as the checks see it; <see cref="Kind"/> is the wire name (webhook, email, slack, teams, pagerduty, sms).</summary>
public sealed record ChannelInput(string? Kind, string? Url, string? Address, string? RoutingKey, string? Phone, string? Secret);
