namespace Monitoring.Domain.Inactivity;

/// <summary>Where the guard's inactivity alert stands, as far as the evaluation cares.</summary>
public enum OpenAlertState : byte
{
    /// <summary>No inactivity alert is open.</summary>
    None,

    /// <summary>Open and untouched: it clears itself when activity resumes.</summary>
    Unowned,

    /// <summary>Open and acknowledged or being verified: only an operator closes it.</summary>
    Owned,
}
