namespace Monitoring.Domain.Tickets;

/// <summary>
/// The ticket state machine: new -> assigned -> in_progress -> resolved -> closed, plus
/// assigned -> assigned to hand the ticket to someone else before work starts. Nothing skips a step
/// or goes back: a resolved ticket is not reopened (a recurrence opens a new ticket, which keeps at
/// most one open ticket per deduplication key) and closed is final. Only a move to assigned carries
/// an assignee, and it must. A request that repeats an earlier one exactly (same target, same body)
/// is a retry: the grain answers it from the fingerprint before asking the workflow.
/// </summary>
public static class TicketWorkflow
{
    /// <summary>The status a move to <paramref name="to"/> leads to from <paramref name="current"/>, or null when it is not allowed.</summary>
    public static TicketStatus? Next(TicketStatus current, TicketStatus to) => (current, to) switch
    {
        (TicketStatus.New or TicketStatus.Assigned, TicketStatus.Assigned) => TicketStatus.Assigned,
        (TicketStatus.Assigned, TicketStatus.InProgress) => TicketStatus.InProgress,
        (TicketStatus.InProgress, TicketStatus.Resolved) => TicketStatus.Resolved,
        (TicketStatus.Resolved, TicketStatus.Closed) => TicketStatus.Closed,
        _ => null,
    };

    /// <summary>
    /// Checks a transition request. A missing assignee (on assigned) or a surplus one (on any other
    /// move; blank counts as none) is a bad request whatever the status, so it is reported first.
    /// </summary>
    public static TicketTransitionCheck Check(TicketStatus current, TicketStatus to, string? assignee)
    {
        var hasAssignee = !string.IsNullOrWhiteSpace(assignee);
        if (to == TicketStatus.Assigned && !hasAssignee)
        {
            return TicketTransitionCheck.AssigneeRequired;
        }

        if (to != TicketStatus.Assigned && hasAssignee)
        {
            return TicketTransitionCheck.AssigneeNotAllowed;
        }

        return Next(current, to) is null ? TicketTransitionCheck.Conflict : TicketTransitionCheck.Allowed;
    }

    /// <summary>
    /// Checks a request against the fingerprints of the transitions already applied to the ticket:
    /// an exact repeat is <see cref="TicketTransitionCheck.Repeated"/>, whatever the status now.
    /// </summary>
    public static TicketTransitionCheck Decide(
        TicketStatus current, TicketStatus to, string? by, string? assignee, IEnumerable<string> appliedFingerprints, string? verdict = null)
    {
        ArgumentNullException.ThrowIfNull(appliedFingerprints);
        return appliedFingerprints.Contains(Fingerprint(to, by, assignee, verdict), StringComparer.Ordinal)
            ? TicketTransitionCheck.Repeated
            : Check(current, to, assignee);
    }

    /// <summary>New, assigned and in progress tickets are open: they take further alerts and count for deduplication.</summary>
    public static bool IsOpen(TicketStatus status) => status is TicketStatus.New or TicketStatus.Assigned or TicketStatus.InProgress;

    /// <summary>
    /// A stable text for a transition request and its body, used to recognise retries. A resolution's
    /// verdict (fraud tickets) is part of the body; without one the text is as it always was.
    /// </summary>
    public static string Fingerprint(TicketStatus to, string? by, string? assignee, string? verdict = null) =>
        verdict is null
            ? string.Concat("Transition|", to.ToString(), "|", Escape(by), "|", Escape(assignee))
            : string.Concat("Transition|", to.ToString(), "|", Escape(by), "|", Escape(assignee), "|", Escape(verdict));

    // Same scheme as the alert fingerprint: distinct bodies must never share a fingerprint. Text
    // escapes its backslashes, pipes and NULs, so a bare pipe always separates and a bare NUL is null.
    private static string Escape(string? text) => text is null
        ? "\0"
        : text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\0", "\\0", StringComparison.Ordinal);
}
