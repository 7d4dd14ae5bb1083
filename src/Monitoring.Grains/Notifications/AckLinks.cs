using System.Security.Cryptography;
using System.Text;
using Monitoring.Domain.Notifications;
using Monitoring.Grains.Scheduling;

namespace Monitoring.Grains.Notifications;

/// <summary>The host's acknowledge links: signed with the configured secret (or a per-process random key), valid for the configured lifetime.</summary>
public sealed class AckLinks
{
    private readonly AckLinkSigner _signer;
    private readonly string _base;
    private readonly TimeSpan _lifetime;
    private readonly MonitoringClock _clock;

    public AckLinks(NotificationSettings settings, MonitoringClock clock)
    {
        ArgumentNullException.ThrowIfNull(settings);
        IsKeyGenerated = string.IsNullOrEmpty(settings.LinkSecret);
        _signer = new AckLinkSigner(IsKeyGenerated
            ? RandomNumberGenerator.GetBytes(32)
            : SHA256.HashData(Encoding.UTF8.GetBytes(settings.LinkSecret!)));
        _base = settings.PublicBaseUrl.TrimEnd('/');
        _lifetime = settings.AckLinkLifetime;
        _clock = clock;
    }

    /// <summary>True when no secret was configured and links die with this process.</summary>
    public bool IsKeyGenerated { get; }

    /// <summary>The link with which <paramref name="contactId"/> acknowledges the alert, valid from now for the lifetime.</summary>
    public string UrlFor(string tenant, string alertId, string contactId) =>
        $"{_base}/api/v1/ack/{_signer.Sign(new AckLinkClaims(tenant, alertId, contactId, _clock.GetUtcNow() + _lifetime))}";

    /// <summary>A token as <see cref="UrlFor"/> would put it in a link, expiring at <paramref name="expiresAt"/> (tests and tools).</summary>
    public string TokenFor(string tenant, string alertId, string contactId, DateTimeOffset expiresAt) =>
        _signer.Sign(new AckLinkClaims(tenant, alertId, contactId, expiresAt));

    /// <summary>Checks a token from a link at the host clock's now.</summary>
    public AckLinkVerdict Verify(string? token, out AckLinkClaims? claims) => _signer.Verify(token, _clock.GetUtcNow(), out claims);
}
