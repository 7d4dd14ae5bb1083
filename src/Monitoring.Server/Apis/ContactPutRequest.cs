namespace Monitoring.Server.Apis;

/// <summary>The body of <c>PUT /api/v1/contacts/{contactId}</c>: the whole contact (rate limit defaults: 10 messages per 60 minutes).</summary>
internal sealed record ContactPutRequest(string? Name, ContactChannelRequest?[]? Channels, int? RateLimitMessages, int? RateLimitMinutes);
