using Monitoring.Server.Hubs;

namespace Monitoring.Server.Hosting;

/// <summary>The live feed; switching it off (for measurements) stops envelopes at their source.</summary>
internal sealed class FeedOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Subscriptions one hub connection may hold; one more is refused with an error.</summary>
    public int SubscriptionsPerConnection { get; set; } = 50;

    /// <summary>Bytes buffered per hub connection each way before backpressure.</summary>
    public long ConnectionBufferBytes { get; set; } = 64 * 1024;

    /// <summary>How long a send may wait on a client that does not read before the client is dropped.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public HubLimits ToHubLimits() => SubscriptionsPerConnection > 0 && ConnectionBufferBytes >= 4096 && SendTimeout > TimeSpan.Zero
        ? new HubLimits(SubscriptionsPerConnection, ConnectionBufferBytes, SendTimeout)
        : throw new InvalidOperationException(
            "Monitoring:Feed: SubscriptionsPerConnection must be at least 1, ConnectionBufferBytes at least 4096, SendTimeout above zero.");
}
