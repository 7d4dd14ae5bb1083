using Monitoring.Domain.Alerts;

namespace Monitoring.Contracts.Alerts;

/// <summary>What a rule reports when it raises or updates an alert.</summary>
[GenerateSerializer, Immutable, Alias("alert-draft")]
public sealed record AlertDraft(
    [property: Id(0)] string Type,
    [property: Id(1)] Severity Severity,
    [property: Id(2)] string SiteId,
    [property: Id(3)] string? GuardId,
    [property: Id(4)] string? DeviceId,
    [property: Id(5)] double? Score,
    [property: Id(6)] string EvidenceJson,
    [property: Id(7)] TimeSpan Sla);
