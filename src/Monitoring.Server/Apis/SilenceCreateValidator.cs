using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Alerts;
using Monitoring.Domain.Notifications;

namespace Monitoring.Server.Apis;

/// <summary>
/// Turns a silence body into a silence: the severity parsed, the end from <c>endsAt</c> or
/// <c>durationMinutes</c> (exactly one); the rest (matchers, span, author) is the book's to judge.
/// </summary>
internal static class SilenceCreateValidator
{
    public static readonly int MaxDurationMinutes = (int)BookLimits.SilenceLength.TotalMinutes;

    public static Silence? Validate(SilenceCreateRequest body, DateTimeOffset now, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var matchers = body.Matchers ?? new SilenceMatchersRequest(null, null, null, null, null);
        Severity? severity = null;
        if (matchers.Severity is not null)
        {
            if (WireEnums.TryParse<Severity>(matchers.Severity, out var parsed))
            {
                severity = parsed;
            }
            else
            {
                errors["matchers.severity"] = ["must be one of " + WireEnums.Names<Severity>()];
            }
        }

        var startsAt = body.StartsAt ?? now;
        DateTimeOffset endsAt = default;
        switch (body.EndsAt, body.DurationMinutes)
        {
            case (null, null):
                errors["endsAt"] = ["required (or durationMinutes)"];
                break;
            case ({ }, { }):
                errors["durationMinutes"] = ["give endsAt or durationMinutes, not both"];
                break;
            case ({ } end, null):
                endsAt = end;
                break;
            case (null, { } minutes) when minutes is < 1 || minutes > MaxDurationMinutes:
                errors["durationMinutes"] = [$"must be 1-{MaxDurationMinutes} minutes"];
                break;
            case (null, { } minutes) when startsAt > DateTimeOffset.MaxValue.AddMinutes(-minutes):
                errors["startsAt"] = ["is too far in the future"];
                break;
            case (null, { } minutes):
                endsAt = startsAt.AddMinutes(minutes);
                break;
        }

        return errors.Count > 0 ? null : new Silence
        {
            SilenceId = "",
            Matchers = new SilenceMatchers
            {
                SiteId = matchers.SiteId,
                GuardId = matchers.GuardId,
                DeviceId = matchers.DeviceId,
                Type = matchers.Type,
                Severity = severity,
            },
            StartsAt = startsAt,
            EndsAt = endsAt,
            CreatedBy = body.CreatedBy!,
            Comment = body.Comment!,
            EndWhenResolved = body.EndWhenResolved ?? false,
        };
    }
}
