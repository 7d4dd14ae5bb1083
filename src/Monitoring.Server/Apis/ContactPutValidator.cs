using Monitoring.Contracts.Notifications;

namespace Monitoring.Server.Apis;

/// <summary>Turns a contact body into a contact, naming an unknown channel kind; the values are the book's to judge.</summary>
internal static class ContactPutValidator
{
    public static Contact? Validate(string contactId, ContactPutRequest body, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var channels = body.Channels ?? [];
        var parsed = new ContactChannel[channels.Length];
        for (var i = 0; i < channels.Length; i++)
        {
            if (channels[i] is not { } channel)
            {
                errors[$"channels[{i}]"] = ["required, a channel object"];
                continue;
            }

            if (!WireEnums.TryParse<ChannelKind>(channel.Kind, out var kind))
            {
                errors[$"channels[{i}].kind"] = ["required, one of " + WireEnums.Names<ChannelKind>()];
                continue;
            }

            parsed[i] = new ContactChannel
            {
                Kind = kind,
                Url = channel.Url,
                Address = channel.Address,
                RoutingKey = channel.RoutingKey,
                Phone = channel.Phone,
                Secret = channel.Secret,
            };
        }

        return errors.Count > 0 ? null : new Contact
        {
            ContactId = contactId,
            Name = body.Name!,
            Channels = [.. parsed],
            RateLimitMessages = body.RateLimitMessages ?? 10,
            RateLimitMinutes = body.RateLimitMinutes ?? 60,
        };
    }
}
