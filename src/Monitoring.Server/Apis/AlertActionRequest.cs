namespace Monitoring.Server.Apis;

/// <summary>
/// The body of the alert actions: acknowledge <c>{ by, notes? }</c>, verify
/// <c>{ method, response, by }</c>, resolve <c>{ by, resolution, notes? }</c>.
/// </summary>
internal sealed record AlertActionRequest(string? By, string? Notes, string? Method, string? Response, string? Resolution);
