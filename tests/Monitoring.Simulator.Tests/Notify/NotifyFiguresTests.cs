using Monitoring.Simulator.Notify;

namespace Monitoring.Simulator.Tests.Notify;

/// <summary>The notify verb's figures, from receipts made up for the purpose.</summary>
public sealed class NotifyFiguresTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 5, 2, 0, 0, TimeSpan.Zero);

    private static readonly NotifySettings Settings = new(
        new Uri("http://127.0.0.1:5000"), "k", "storm", Alerts: 2, Contacts: 2, FailRate: 0.5, GroupWaitS: 0, SpreadS: 1, DrainS: 1, Seed: 1, Out: null);

    [Fact]
    public void From_RefusedThenRetried_CountsOnceWithLatencyToTheAcceptedAttempt()
    {
        var alerts = new Dictionary<string, DateTimeOffset> { ["a1"] = T0, ["a2"] = T0 };
        HookReceipt[] receipts =
        [
            new("c0", "k1", T0.AddSeconds(1), Accepted: false, SignatureValid: true, 0, "firing", ["a1", "a2"]),
            new("c0", "k1", T0.AddSeconds(3), Accepted: true, SignatureValid: true, 0, "firing", ["a1", "a2"]),
            new("c1", "k2", T0.AddSeconds(2), Accepted: true, SignatureValid: true, 0, "firing", ["a1", "a2"]),
        ];

        var figures = NotifyFigures.From(Settings, alerts, ["c0", "c1"], receipts, TimeSpan.FromSeconds(1));

        Assert.Equal((4, 0, 0, 0), (figures.Expected, figures.Lost, figures.Twice, figures.PairsInTwoMessages));
        Assert.Equal((1, 1, 1), (figures.FailedOnPurpose, figures.MinMessages, figures.MaxMessages));
        Assert.Equal(3000, figures.Max);
        Assert.Equal(2000, figures.P50);
    }

    [Fact]
    public void From_KeyAcceptedTwiceAndAPairMissing_ReportsBoth()
    {
        var alerts = new Dictionary<string, DateTimeOffset> { ["a1"] = T0, ["a2"] = T0 };
        HookReceipt[] receipts =
        [
            new("c0", "k1", T0.AddSeconds(1), Accepted: true, SignatureValid: true, 0, "firing", ["a1"]),
            new("c0", "k1", T0.AddSeconds(2), Accepted: true, SignatureValid: true, 0, "firing", ["a1"]),
            new("c0", "k3", T0.AddSeconds(2), Accepted: true, SignatureValid: true, 0, "firing", ["a1", "a2"]),
            new("c1", "k2", T0.AddSeconds(2), Accepted: true, SignatureValid: true, 0, "firing", ["a1"]),
        ];

        var figures = NotifyFigures.From(Settings, alerts, ["c0", "c1"], receipts, TimeSpan.FromSeconds(1));

        Assert.Equal((1, 1, 1), (figures.Lost, figures.Twice, figures.PairsInTwoMessages));
    }
}
