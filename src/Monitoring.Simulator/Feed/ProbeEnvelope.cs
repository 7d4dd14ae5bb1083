namespace Monitoring.Simulator.Feed;

/// <summary>
/// A feed envelope as the clients bind it: only the fields the measurement needs, so a client
/// costs little more than reading the frame (System.Text.Json skips the rest).
/// </summary>
internal sealed class ProbeEnvelope
{
    public string? Type { get; set; }
    public string? GuardId { get; set; }
    public ProbeData? Data { get; set; }
}
