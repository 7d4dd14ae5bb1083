namespace Monitoring.Server.Apis;

/// <summary>The clock as it stands, and how many due jobs the last move ran.</summary>
internal sealed record ClockResponse(DateTimeOffset Now, string Mode, int Ran);
