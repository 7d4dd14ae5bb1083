namespace Monitoring.Domain.Notifications;

/// <summary>One tier of a route as the checks see it.</summary>
public sealed record TierInput(int Tier, IReadOnlyList<string?> ContactIds);
