namespace Monitoring.Domain.Alerts;

/// <summary>
/// The alert state machine: active -> acknowledged -> verifying -> resolved, where verifying may
/// repeat (one entry per attempt) and resolve is allowed from any open status. An action that
/// repeats an earlier one exactly (same kind, same body) is a retry: it changes nothing.
/// </summary>
public static class AlertWorkflow
{
    /// <summary>The status an action leads to from <paramref name="current"/>, or null when it is not allowed.</summary>
    public static AlertStatus? Next(AlertStatus current, AlertActionKind action) => action switch
    {
        AlertActionKind.Acknowledge when current == AlertStatus.Active => AlertStatus.Acknowledged,
        AlertActionKind.Verify when current != AlertStatus.Resolved => AlertStatus.Verifying,
        AlertActionKind.Resolve when current != AlertStatus.Resolved => AlertStatus.Resolved,
        _ => null,
    };

    public static bool IsOpen(AlertStatus status) => status != AlertStatus.Resolved;

    /// <summary>True when an operator owns the alert, so the system no longer clears it by itself.</summary>
    public static bool IsOwned(AlertStatus status) => status is AlertStatus.Acknowledged or AlertStatus.Verifying;

    /// <summary>A stable text for an action and its body, used to recognise retries.</summary>
    public static string Fingerprint(AlertActionKind action, params string?[] body) =>
        string.Concat(body.Select(b => "|" + Escape(b)).Prepend(action.ToString()));

    // Distinct bodies must never share a fingerprint, or a different action reads as a retry. Text
    // escapes its backslashes, pipes and NULs, so a bare pipe always separates and a bare NUL is null.
    private static string Escape(string? text) => text is null
        ? "\0"
        : text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\0", "\\0", StringComparison.Ordinal);
}
