namespace Monitoring.Server.Apis;

/// <summary>
/// The body of the incident actions: investigate <c>{ by, assignee }</c>, root-cause
/// <c>{ by, cause }</c>, note <c>{ by, text }</c>, close <c>{ by, resolution }</c>.
/// </summary>
internal sealed record IncidentActionRequest(string? By, string? Assignee, string? Cause, string? Text, string? Resolution);
