using Monitoring.Contracts.Notifications;
using Monitoring.Domain.Notifications;

namespace Monitoring.Grains.Notifications.Book;

/// <summary>
/// Secrets are written, never read back: reads carry <see cref="ContactChannel.HasSecret"/> alone,
/// and a channel sent again without its secret (as a read shows it) keeps the one stored for the
/// channel of the same kind and target.
/// </summary>
internal static class ContactSecrets
{
    public static Contact Mask(Contact contact) => contact with
    {
        Channels = [.. BookInputs.Items(contact.Channels).Select(c => c with { Secret = null, HasSecret = c.Secret is not null })],
    };

    public static Contact Carry(Contact incoming, Contact? stored)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var channel in stored is null ? [] : BookInputs.Items(stored.Channels))
        {
            if (channel.Secret is not null)
            {
                kept.TryAdd(Target(channel), channel.Secret);
            }
        }

        return incoming with
        {
            Channels = [.. BookInputs.Items(incoming.Channels).Select(c => c is null ? c! : With(c, c.Secret ?? kept.GetValueOrDefault(Target(c))))],
        };
    }

    private static ContactChannel With(ContactChannel channel, string? secret) => channel with { Secret = secret, HasSecret = secret is not null };

    private static string Target(ContactChannel channel) => ChannelRules.TargetOf(BookInputs.Of(channel)!);
}
