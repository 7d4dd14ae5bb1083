namespace Monitoring.Server.Tests.Fixtures;

/// <summary>
/// A host with small limits, so tests reach them: two sites per tenant, three subscriptions per hub
/// connection, and a hub send that waits at most 30 s on a client that does not read.
/// </summary>
public sealed class LimitsHostFixture : HostFixture
{
    public const int SitesPerTenant = 2;
    public const int SubscriptionsPerConnection = 3;
    public static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);

    protected override DateTimeOffset? ClockStart => FeedHostFixture.Start;

    protected override IEnumerable<string> ExtraArguments =>
    [
        $"--Monitoring:Limits:SitesPerTenant={SitesPerTenant}",
        $"--Monitoring:Feed:SubscriptionsPerConnection={SubscriptionsPerConnection}",
        $"--Monitoring:Feed:SendTimeout={SendTimeout:c}",
    ];
}
