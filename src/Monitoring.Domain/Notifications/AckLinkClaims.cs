namespace Monitoring.Domain.Notifications;

/// <summary>What an acknowledge link stands for: one contact may acknowledge one alert of one tenant until it expires.</summary>
public sealed record AckLinkClaims(string Tenant, string AlertId, string ContactId, DateTimeOffset ExpiresAt);
