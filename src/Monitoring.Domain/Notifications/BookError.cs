namespace Monitoring.Domain.Notifications;

/// <summary>One reason a change of the notification book is refused: the wire path of the field (<c>channels[0].url</c>) and what it must be.</summary>
public sealed record BookError(string Field, string Message);
