namespace Monitoring.Server.Apis;

/// <summary>
/// The body of <c>PUT /api/v1/inhibitions/{inhibitionId}</c>: source and target alert types, the
/// least source severity (none: any), what they share (guard, device or site; default guard) and
/// whether only a guard's only device counts.
/// </summary>
internal sealed record InhibitionPutRequest(
    string? Name, string?[]? SourceTypes, string? SourceMinSeverity, string?[]? TargetTypes, string? Equal, bool? OnlyDevice);
