namespace Monitoring.Domain.Notifications;

/// <summary>
/// Checks one channel: the fields its kind needs, well formed (absolute http(s) URL, email address,
/// E.164 phone, PagerDuty routing key, webhook secret of at least <see cref="MinSecretLength"/>), and
/// no field its kind does not use.
/// </summary>
public static class ChannelRules
{
    public const int MinSecretLength = 16;
    public const int MaxSecretLength = 256;
    public const int MaxRoutingKeyLength = 64;

    internal static void Check(BookErrors errors, ChannelInput channel, string path)
    {
        if (errors.Check(!ChannelKinds.IsKnown(channel.Kind), path + ".kind", "required, one of " + string.Join(", ", ChannelKinds.All)))
        {
            return;
        }

        var kind = channel.Kind!;
        CheckUrl(errors, kind, channel.Url, path + ".url");
        Field(errors, kind == ChannelKinds.Email, channel.Address, path + ".address", kind, ChannelText.IsEmail,
            "required, an email address (name@example.com)");
        Field(errors, kind == ChannelKinds.Pagerduty, channel.RoutingKey, path + ".routingKey", kind, IsRoutingKey,
            $"required, the PagerDuty integration key (1-{MaxRoutingKeyLength} characters, no spaces)");
        Field(errors, kind == ChannelKinds.Sms, channel.Phone, path + ".phone", kind, ChannelText.IsE164,
            "required, an E.164 phone number (+33612345678)");
        if (kind == ChannelKinds.Webhook)
        {
            errors.Check(channel.Secret is null || !IsSecret(channel.Secret), path + ".secret",
                $"required, {MinSecretLength}-{MaxSecretLength} characters without spaces or control characters");
        }
        else if (channel.Secret is not null)
        {
            errors.Check(!ChannelKinds.TakesSecret(kind), path + ".secret", $"not used by {kind}");
            errors.Check(!IsSecret(channel.Secret), path + ".secret", $"{MinSecretLength}-{MaxSecretLength} characters without spaces or control characters");
        }
    }

    private static void CheckUrl(BookErrors errors, string kind, string? url, string field)
    {
        if (url is null)
        {
            errors.Check(ChannelKinds.NeedsUrl(kind), field, "required, an absolute http or https URL");
            return;
        }

        if (!errors.Check(!ChannelKinds.TakesUrl(kind), field, $"not used by {kind}"))
        {
            errors.Check(!ChannelText.IsHttpUrl(url), field, $"must be an absolute http or https URL of at most {BookLimits.UrlLength} characters");
        }
    }

    private static void Field(BookErrors errors, bool used, string? value, string field, string kind, Func<string, bool> valid, string rule)
    {
        if (used)
        {
            errors.Check(value is null || !valid(value), field, rule);
        }
        else
        {
            errors.Check(value is not null, field, $"not used by {kind}");
        }
    }

    /// <summary>The same target (URL, address, routing key or phone) of the same kind: the channel a stored secret belongs to.</summary>
    public static string TargetOf(ChannelInput channel) =>
        $"{channel.Kind}|{channel.Url}|{channel.Address?.ToUpperInvariant()}|{channel.RoutingKey}|{channel.Phone}";

    private static bool IsRoutingKey(string key) =>
        key.Length is > 0 and <= MaxRoutingKeyLength && key.All(c => c is > ' ' and < '\u007f');

    private static bool IsSecret(string secret) =>
        secret.Length is >= MinSecretLength and <= MaxSecretLength && secret.All(c => c is > ' ' and < '\u007f');
}
