namespace Monitoring.Server.Apis;

/// <summary>
/// The body of <c>POST /api/v1/silences</c>: what it matches, when it starts (default now) and ends
/// (<c>endsAt</c>, or <c>durationMinutes</c> from the start), who and why, and whether it ends once
/// every alert it silenced is resolved.
/// </summary>
internal sealed record SilenceCreateRequest(
    SilenceMatchersRequest? Matchers,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    int? DurationMinutes,
    string? CreatedBy,
    string? Comment,
    bool? EndWhenResolved);
