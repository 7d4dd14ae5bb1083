namespace Monitoring.Contracts.Notifications;

/// <summary>
/// One way to reach a contact. Which fields apply depends on <see cref="Kind"/>: <see cref="Url"/> for
/// webhook, slack and teams (and optionally pagerduty or sms, overriding the host's endpoint),
/// <see cref="Address"/> for email, <see cref="RoutingKey"/> for pagerduty, <see cref="Phone"/> for sms,
/// <see cref="Secret"/> for a webhook's signature and a PagerDuty webhook's verification. A secret is
/// stored but never shown back (reads carry <see cref="HasSecret"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("contact-channel")]
public sealed record ContactChannel
{
    /// <summary>The channel kind.</summary>
    [Id(0)] public ChannelKind Kind { get; init; }

    /// <summary>Endpoint URL (http or https, absolute).</summary>
    [Id(1)] public string? Url { get; init; }

    /// <summary>Email address.</summary>
    [Id(2)] public string? Address { get; init; }

    /// <summary>PagerDuty integration (routing) key.</summary>
    [Id(3)] public string? RoutingKey { get; init; }

    /// <summary>Phone number in E.164 form (+33612345678).</summary>
    [Id(4)] public string? Phone { get; init; }

    /// <summary>Signing secret; write-only on the API.</summary>
    [Id(5)] public string? Secret { get; init; }

    /// <summary>True when a secret is stored (reads show this, never the secret).</summary>
    [Id(6)] public bool HasSecret { get; init; }
}
