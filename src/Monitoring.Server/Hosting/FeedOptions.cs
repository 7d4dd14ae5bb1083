namespace Monitoring.Server.Hosting;

/// <summary>The live feed; switching it off (for measurements) stops envelopes at their source.</summary>
internal sealed class FeedOptions
{
    public bool Enabled { get; set; } = true;
}
