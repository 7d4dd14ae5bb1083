namespace Monitoring.Server.Apis;

/// <summary>
/// One moment of an incident's story: <c>source</c> is alert, ticket, notification or incident,
/// <c>id</c> names the object, <c>action</c> what happened (an alert's or ticket's history action, a
/// delivery's reason, an incident action), <c>status</c> where the object stood afterwards.
/// </summary>
internal sealed record TimelineEntry(DateTimeOffset At, string Source, string Id, string Action, string? Status, string? By, string? Text);
