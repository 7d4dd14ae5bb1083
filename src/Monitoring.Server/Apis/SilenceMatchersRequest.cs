namespace Monitoring.Server.Apis;

/// <summary>What a silence matches; every matcher given must hold, at least one is needed.</summary>
internal sealed record SilenceMatchersRequest(string? SiteId, string? GuardId, string? DeviceId, string? Type, string? Severity);
