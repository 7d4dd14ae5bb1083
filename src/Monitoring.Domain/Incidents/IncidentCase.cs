using Monitoring.Domain.Alerts;

namespace Monitoring.Domain.Incidents;

/// <summary>
/// The operators' side of an incident: everything follows from its history of applied actions, so
/// the history alone is stored and <see cref="Replay"/> rebuilds the rest.
/// </summary>
public sealed record IncidentCase
{
    public static readonly IncidentCase Untouched = new();

    public IncidentPhase Phase { get; private init; }

    /// <summary>Who investigates (the latest investigate action's assignee).</summary>
    public string? Assignee { get; private init; }

    /// <summary>The latest root cause stated.</summary>
    public string? RootCause { get; private init; }

    /// <summary>When the first investigate action was applied.</summary>
    public DateTimeOffset? InvestigatingSince { get; private init; }

    public DateTimeOffset? ClosedAt { get; private init; }

    public string? ClosedBy { get; private init; }

    public Resolution? Resolution { get; private init; }

    /// <summary>Every applied action, oldest first.</summary>
    public IReadOnlyList<IncidentEntry> History { get; private init; } = [];

    /// <summary>Rebuilds a case from its stored history.</summary>
    public static IncidentCase Replay(IEnumerable<IncidentEntry> history) =>
        history.Aggregate(Untouched, (current, entry) => current.With(entry));

    /// <summary>The case after one more applied action.</summary>
    public IncidentCase With(IncidentEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var next = this with { History = [.. History, entry] };
        return entry.Action switch
        {
            IncidentActionKind.Investigate => next with
            {
                Phase = IncidentPhase.Investigating,
                Assignee = entry.Text,
                InvestigatingSince = InvestigatingSince ?? entry.At,
            },
            IncidentActionKind.RootCause => next with { RootCause = entry.Text },
            IncidentActionKind.Close => next with
            {
                Phase = IncidentPhase.Closed,
                ClosedAt = entry.At,
                ClosedBy = entry.By,
                Resolution = entry.Resolution,
            },
            _ => next,
        };
    }

    /// <summary>The latest applied action of <paramref name="kind"/>, if any.</summary>
    public IncidentEntry? Latest(IncidentActionKind kind) => History.LastOrDefault(e => e.Action == kind);
}
