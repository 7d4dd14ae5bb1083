namespace Monitoring.Server.Apis;

/// <summary>
/// The body of <c>POST /api/v1/tickets/{id}/transition</c>: <c>{ to, by, assignee?, verdict? }</c>;
/// <c>verdict</c> (confirmed or false_positive) only on a fraud ticket's move to resolved.
/// </summary>
internal sealed record TicketTransitionRequest(string? To, string? By, string? Assignee, string? Verdict = null);
