namespace Monitoring.Domain.Inactivity;

/// <summary>What an evaluation asks the grain to do with the guard's inactivity alert.</summary>
public enum AlertDecision : byte
{
    None,
    Raise,
    Update,
    Clear,
}
