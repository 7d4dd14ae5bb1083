namespace Monitoring.Domain.Notifications;

/// <summary>
/// Checks a new silence: at least one matcher, each well formed; it ends after it starts, in the
/// future, within <see cref="BookLimits.SilenceLength"/> of its start, and starts within
/// <see cref="BookLimits.SilenceLead"/>; an author and a comment.
/// </summary>
public static class SilenceRules
{
    public static IReadOnlyList<BookError> Check(SilenceInput silence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(silence);
        var errors = new BookErrors();
        errors.Check(silence is { SiteId: null, GuardId: null, DeviceId: null, Type: null, Severity: null }, "matchers",
            "required, at least one of siteId, guardId, deviceId, type, severity");
        Id(errors, silence.SiteId, "matchers.siteId");
        Id(errors, silence.GuardId, "matchers.guardId");
        Id(errors, silence.DeviceId, "matchers.deviceId");
        errors.Check(silence.Type is not null && !AlertTypeCatalog.IsKnown(silence.Type), "matchers.type", "must be one of " + AlertTypeCatalog.Known);
        errors.Check(silence.Severity is { } s && !Enum.IsDefined(s), "matchers.severity", "must be low, medium, high or critical");
        errors.Check(silence.StartsAt > now + BookLimits.SilenceLead, "startsAt", $"must be within {BookLimits.SilenceLead.TotalDays:0} days from now");
        if (!errors.Check(silence.EndsAt <= silence.StartsAt, "endsAt", "must be after startsAt")
            && !errors.Check(silence.EndsAt <= now, "endsAt", "must be in the future"))
        {
            errors.Check(silence.EndsAt - silence.StartsAt > BookLimits.SilenceLength, "endsAt",
                $"must be at most {BookLimits.SilenceLength.TotalDays:0} days after startsAt");
        }

        BookText.Required(errors, silence.CreatedBy, "createdBy", BookLimits.CreatedByLength);
        BookText.Required(errors, silence.Comment, "comment", BookLimits.CommentLength, multiline: true);
        return errors.List;
    }

    /// <summary>Checks who ends a silence early: one line of 1-200 characters.</summary>
    public static IReadOnlyList<BookError> CheckEndedBy(string? by)
    {
        var errors = new BookErrors();
        BookText.Required(errors, by, "by", BookLimits.CreatedByLength);
        return errors.List;
    }

    private static void Id(BookErrors errors, string? id, string field) =>
        errors.Check(id is not null && !BookIds.IsValid(id), field, BookIds.Rule);
}
