namespace Monitoring.Server.Apis;

/// <summary>
/// One channel of a contact: kind (webhook, email, slack, teams, pagerduty, sms) and the fields it
/// takes. A secret left out keeps the one stored for the same kind and target.
/// </summary>
internal sealed record ContactChannelRequest(string? Kind, string? Url, string? Address, string? RoutingKey, string? Phone, string? Secret);
