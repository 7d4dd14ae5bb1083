namespace Monitoring.Domain.Notifications;

/// <summary>Checks a contact on its own: id, name, 1..10 well-formed channels (no two to the same target), and its rate limit.</summary>
public static class ContactRules
{
    public const int MaxRateMessages = 1000;
    public const int MaxRateMinutes = 1440;

    public static IReadOnlyList<BookError> Check(ContactInput contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var errors = new BookErrors();
        errors.Check(!BookIds.IsValid(contact.ContactId), "contactId", BookIds.Rule);
        BookText.Required(errors, contact.Name, "name", BookLimits.NameLength);
        var channels = contact.Channels ?? [];
        errors.Check(channels.Count is 0 or > BookLimits.ChannelsPerContact, "channels", $"required, 1-{BookLimits.ChannelsPerContact} channels");
        var targets = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < channels.Count && i < BookLimits.ChannelsPerContact; i++)
        {
            var path = $"channels[{i}]";
            if (errors.Check(channels[i] is null, path, "required, a channel object"))
            {
                continue;
            }

            var before = errors.List.Count;
            ChannelRules.Check(errors, channels[i]!, path);
            if (errors.List.Count == before && !targets.TryAdd(ChannelRules.TargetOf(channels[i]!), i))
            {
                errors.Add(path, $"repeats channels[{targets[ChannelRules.TargetOf(channels[i]!)]}]");
            }
        }

        errors.Check(contact.RateLimitMessages is < 1 or > MaxRateMessages, "rateLimitMessages", $"must be 1-{MaxRateMessages}");
        errors.Check(contact.RateLimitMinutes is < 1 or > MaxRateMinutes, "rateLimitMinutes", $"must be 1-{MaxRateMinutes}");
        return errors.List;
    }
}
