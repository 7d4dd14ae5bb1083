namespace Monitoring.Domain.Notifications;

/// <summary>A contact as the checks see it (a null channel is one the request left empty).</summary>
public sealed record ContactInput(string? ContactId, string? Name, IReadOnlyList<ChannelInput?> Channels, int RateLimitMessages, int RateLimitMinutes);
