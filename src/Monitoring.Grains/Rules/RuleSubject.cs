namespace Monitoring.Grains.Rules;

/// <summary>Whom a health alert is about: the site (required to raise), the guard and the device, when known.</summary>
internal readonly record struct RuleSubject(string? SiteId, string? GuardId, string? DeviceId);
