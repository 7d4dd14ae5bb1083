namespace Monitoring.Contracts.Alerts;

/// <summary>What became of an operator's action.</summary>
public enum ActionOutcome
{
    /// <summary>The action changed the alert.</summary>
    Applied,

    /// <summary>The same action with the same body was already applied; nothing changed.</summary>
    Repeated,

    /// <summary>The current status does not allow the action.</summary>
    Conflict,

    /// <summary>No such alert.</summary>
    NotFound,

    /// <summary>The alert holds as many verifications or history entries as it may (<c>AlertLimits</c>); nothing changed.</summary>
    Full,
}
