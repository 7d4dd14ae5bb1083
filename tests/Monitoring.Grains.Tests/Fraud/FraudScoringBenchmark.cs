using System.Diagnostics.Metrics;
using Monitoring.Domain.Telemetry;
using Monitoring.Grains.Diagnostics;
using Monitoring.Grains.Tests.Fixtures;
using Xunit.Abstractions;

namespace Monitoring.Grains.Tests.Fraud;

/// <summary>
/// The scoring time in the guard grain, read from its own histogram (monitoring.fraud.scoring.duration)
/// while guards clock in and scan checkpoints through their phones. A benchmark, not a test: it
/// asserts nothing and runs only with MONITORING_FRAUD_BENCH=1 (docs/fraud.md, "Cost"):
/// <c>MONITORING_FRAUD_BENCH=1 dotnet test tests/Monitoring.Grains.Tests -c Release --filter FullyQualifiedName~FraudScoringBenchmark --logger "console;verbosity=detailed"</c>.
/// </summary>
[Collection(FraudCollection.Name)]
public sealed class FraudScoringBenchmark(ScheduledClusterFixture fixture, ITestOutputHelper output)
{
    private const int Guards = 200;
    private const int Checkpoints = 50;

    [Fact]
    public async Task Measure_ScoringInTheGrain_PrintsPercentiles()
    {
        if (Environment.GetEnvironmentVariable("MONITORING_FRAUD_BENCH") != "1")
        {
            return;
        }

        var seconds = new List<double>(Guards * (Checkpoints + 1));
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == GrainMetrics.MeterName && instrument.Name == "monitoring.fraud.scoring.duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            lock (seconds)
            {
                seconds.Add(value);
            }
        });
        listener.Start();

        var scenarios = Enumerable.Range(0, Guards).Select(_ => new FraudScenario(fixture)).ToArray();
        await Task.WhenAll(scenarios.Select(s => s.FenceSiteAsync()));
        var t0 = fixture.Clock.GetUtcNow();
        await Task.WhenAll(scenarios.Select(s => s.WalkAsync(EventType.ShiftStart, t0, 0)));
        for (var i = 1; i <= Checkpoints; i++)
        {
            fixture.Clock.Set(t0.AddSeconds(i * 30));
            await Task.WhenAll(scenarios.Select(s => s.WalkAsync(EventType.Checkpoint, t0.AddSeconds(i * 30), i)));
        }

        listener.Dispose();
        double[] sorted;
        lock (seconds)
        {
            sorted = [.. seconds.Order()];
        }

        double Us(double q) => sorted[(int)(q * (sorted.Length - 1))] * 1e6;
        output.WriteLine($"scored events: {sorted.Length:N0} ({Guards} guards, 1 shift_start + {Checkpoints} checkpoints each, walked 60 m apart)");
        output.WriteLine($"scoring in the grain: p50 {Us(0.5):F1} µs, p90 {Us(0.9):F1} µs, p99 {Us(0.99):F1} µs, max {Us(1):F1} µs");
        foreach (var s in scenarios)
        {
            await s.EndShiftAsync();
        }
    }
}
