namespace Monitoring.Server.Apis;

/// <summary>What a PagerDuty webhook did: <c>acknowledged</c>, <c>resolved</c>, <c>unchanged</c> or <c>ignored</c> (an event type or alert this host does not act on).</summary>
internal sealed record PagerDutyWebhookResult(string Outcome, string? AlertId);
