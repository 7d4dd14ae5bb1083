using System.Diagnostics;
using Monitoring.Domain.Fraud;
using Monitoring.Domain.Telemetry;
using Xunit.Abstractions;
using static Monitoring.Domain.Tests.Fraud.FraudCases;

namespace Monitoring.Domain.Tests.Fraud;

/// <summary>
/// Per-feature cost and the scoring path's percentiles, a benchmark rather than a test: it asserts
/// nothing and runs only with MONITORING_FRAUD_BENCH=1 (docs/fraud.md, "Cost"):
/// <c>MONITORING_FRAUD_BENCH=1 dotnet test tests/Monitoring.Domain.Tests -c Release --filter FullyQualifiedName~FraudFeatureBenchmark --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class FraudFeatureBenchmark(ITestOutputHelper output)
{
    private const int Calls = 2_000_000;

    [Fact]
    public void Measure_PerFeatureAndScoring_PrintsFigures()
    {
        if (Environment.GetEnvironmentVariable("MONITORING_FRAUD_BENCH") != "1")
        {
            return;
        }

        var tracker = History();
        var e = Event(EventType.Checkpoint, T0.AddDays(20), At(40), outsideM: 0);
        var sink = 0.0;
        for (var i = 0; i < FraudFeatureNames.Count; i++)
        {
            var feature = (FraudFeature)i;
            sink += Time($"feature {FraudFeatureNames.Of(feature)}", () =>
            {
                var s = 0.0;
                for (var n = 0; n < Calls; n++)
                {
                    s += tracker.Compute(feature, e);
                }

                return s;
            });
        }

        sink += Time("ObserveFix (velocity, fix rate, last fix)", () =>
        {
            var t = tracker;
            for (var n = 0; n < Calls; n++)
            {
                t.ObserveFix(At(n % 50), T0.AddDays(20).AddSeconds(n));
            }

            return t.PeakKmh;
        });
        sink += Time("Features (all 12)", () =>
        {
            var s = 0.0;
            for (var n = 0; n < Calls; n++)
            {
                s += tracker.Features(e)[FraudFeature.TourCompletionRate];
            }

            return s;
        });
        var features = tracker.Features(e);
        sink += Time("RuleFraudScorer.Score", () =>
        {
            var s = 0.0;
            for (var n = 0; n < Calls; n++)
            {
                s += RuleFraudScorer.Instance.Score(features);
            }

            return s;
        });
        sink += Time("RuleFraudScorer.Explain (top 3)", () =>
        {
            Span<FeatureContribution> top = stackalloc FeatureContribution[3];
            var s = 0.0;
            for (var n = 0; n < Calls; n++)
            {
                s += RuleFraudScorer.Instance.Explain(features, top);
            }

            return s;
        });
        Percentiles(tracker, e);
        output.WriteLine($"(sink {sink:E1})");
    }

    private void Percentiles(FraudTracker tracker, AttendanceObservation e)
    {
        const int Samples = 200_000;
        var ticks = new long[Samples];
        Span<FeatureContribution> top = stackalloc FeatureContribution[3];
        for (var n = 0; n < Samples; n++)
        {
            var t = tracker;
            var started = Stopwatch.GetTimestamp();
            var f = t.Features(e);
            t.Recorded(e, f);
            RuleFraudScorer.Instance.Score(f);
            RuleFraudScorer.Instance.Explain(f, top);
            ticks[n] = Stopwatch.GetTimestamp() - started;
        }

        Array.Sort(ticks);
        double Ns(double q) => ticks[(int)(q * (Samples - 1))] * 1e9 / Stopwatch.Frequency;
        output.WriteLine($"features+record+score+explain per event: p50 {Ns(0.5):F0} ns, p99 {Ns(0.99):F0} ns, max {Ns(1):F0} ns ({Samples:N0} events)");
    }

    private double Time(string what, Func<double> run)
    {
        run(); // warm up (tiered JIT)
        run();
        var started = Stopwatch.GetTimestamp();
        var result = run();
        var ns = Stopwatch.GetElapsedTime(started).TotalNanoseconds / Calls;
        output.WriteLine($"{what,-48} {ns,8:F1} ns/call");
        return result;
    }

    private static FraudTracker History()
    {
        var tracker = default(FraudTracker);
        for (var day = 0; day < 20; day++)
        {
            tracker.StartShift();
            for (var i = 0; i < 6; i++)
            {
                Score(ref tracker, Event(EventType.Checkpoint, T0.AddDays(day).AddMinutes(i * 10), At(i * 60), outsideM: 0));
            }
        }

        return tracker;
    }
}
