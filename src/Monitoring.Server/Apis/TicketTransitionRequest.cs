namespace Monitoring.Server.Apis;

/// <summary>The body of <c>POST /api/v1/tickets/{id}/transition</c>: <c>{ to, by, assignee? }</c>.</summary>
internal sealed record TicketTransitionRequest(string? To, string? By, string? Assignee);
