namespace Monitoring.Server.Ingest;

/// <summary>
/// The fields of one event as read from JSON, before validation; the first type error wins.
/// A struct, filled in place by the parser, so reading an event allocates only its strings.
/// </summary>
internal struct RawEvent
{
    public string? DeviceId;
    public long? Seq;
    public DateTimeOffset? Ts;
    public string? Type;
    public string? GuardId;
    public string? SiteId;
    public double? Battery;
    public bool? Charging;
    public double? BatteryTempC;
    public double? SignalDbm;
    public string? Network;
    public double? MemoryPct;
    public double? Lat;
    public double? Lon;
    public double? AccuracyM;
    public int? Steps;
    public bool? Success;
    public string? CheckpointId;
    public string? TaskId;
    public DateTimeOffset? ShiftEndsAt;
    public string? ErrorField;
    public string? Error;

    public void Fail(string field, string error)
    {
        if (Error is null)
        {
            ErrorField = field;
            Error = error;
        }
    }
}
