using System.Collections.Immutable;
using Monitoring.Domain.Alerts;

namespace Monitoring.Contracts.Notifications;

/// <summary>
/// An inhibition rule: while an open alert of a source type (at or above the source severity) exists,
/// alerts of a target type sharing its <see cref="Equal"/> scope are not notified; they stay open and
/// show <c>inhibitedBy</c>. The default rule: a guard's only phone offline or critically low inhibits
/// that guard's inactivity.
/// </summary>
[GenerateSerializer, Immutable, Alias("inhibition")]
public sealed record Inhibition
{
    /// <summary>Rule id (tenant-unique, chosen by the admin; the default is <c>dead-phone</c>).</summary>
    [Id(0)] public required string InhibitionId { get; init; }

    /// <summary>Display name.</summary>
    [Id(1)] public string? Name { get; init; }

    /// <summary>Alert types that inhibit (at least one).</summary>
    [Id(2)] public ImmutableArray<string> SourceTypes { get; init; } = [];

    /// <summary>The least severity a source alert needs (null: any).</summary>
    [Id(3)] public Severity? SourceMinSeverity { get; init; }

    /// <summary>Alert types inhibited (at least one, none also a source).</summary>
    [Id(4)] public ImmutableArray<string> TargetTypes { get; init; } = [];

    /// <summary>What source and target share.</summary>
    [Id(5)] public InhibitionScope Equal { get; init; } = InhibitionScope.Guard;

    /// <summary>Only when the source's device is the guard's only device.</summary>
    [Id(6)] public bool OnlyDevice { get; init; }

    /// <summary>When the rule was last changed (host clock).</summary>
    [Id(7)] public DateTimeOffset UpdatedAt { get; init; }
}
