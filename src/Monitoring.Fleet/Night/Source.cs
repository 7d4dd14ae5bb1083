namespace Monitoring.Fleet.Night;

/// <summary>What a guard script's loop fires next; on a tie the lower value goes first.</summary>
internal enum Source
{
    Cue,
    Heartbeat,
    Fix,
    Phone,
    Task,
    SecondHeartbeat,
    SecondFix,
    SecondPhone,
}
