using Microsoft.Extensions.Logging.Abstractions;
using Monitoring.Grains.Feed;

namespace Monitoring.Grains.Tests.Feed;

/// <summary>The throttle's decisions alone (no cluster): send now, hold back, hand over when due.</summary>
public sealed class FeedThrottleTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task ChangesInsideTheInterval_AreHeldBackOnce_AndHandedOverWhenDue()
    {
        var throttle = new FeedThrottle(default, new FeedPublisher(null!, NullLogger<FeedPublisher>.Instance), Interval);

        Assert.True(throttle.Changed());
        Assert.False(throttle.IsHoldingBack);

        Assert.False(throttle.Changed());
        Assert.False(throttle.Changed());
        Assert.True(throttle.IsHoldingBack);
        Assert.False(throttle.TakeHeldBack());

        await Task.Delay(Interval + TimeSpan.FromMilliseconds(30));
        Assert.True(throttle.TakeHeldBack());
        Assert.False(throttle.IsHoldingBack);
        Assert.False(throttle.TakeHeldBack());
    }

    [Fact]
    public async Task AChangeAfterTheInterval_SendsTheHeldBackUpdateWithIt()
    {
        var throttle = new FeedThrottle(default, new FeedPublisher(null!, NullLogger<FeedPublisher>.Instance), Interval);
        Assert.True(throttle.Changed());
        Assert.False(throttle.Changed());

        await Task.Delay(Interval + TimeSpan.FromMilliseconds(30));
        Assert.True(throttle.Changed());
        Assert.False(throttle.IsHoldingBack);
        Assert.False(throttle.TakeHeldBack());
    }

    [Fact]
    public void WithTheFeedOff_NothingIsSentOrHeldBack()
    {
        var throttle = new FeedThrottle(default, new FeedPublisher(null!, NullLogger<FeedPublisher>.Instance, enabled: false), Interval);
        Assert.False(throttle.Changed());
        Assert.False(throttle.Changed());
        Assert.False(throttle.IsHoldingBack);
    }
}
