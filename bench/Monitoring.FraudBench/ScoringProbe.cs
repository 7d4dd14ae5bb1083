using System.Diagnostics;
using Monitoring.Domain.Fraud;

namespace Monitoring.FraudBench;

/// <summary>Time and managed allocation per scored event, over one million events on one thread.</summary>
internal static class ScoringProbe
{
    public delegate double Score(in FraudFeatures features);

    private const int Events = 1_000_000;

    public static void Report(string name, FraudFeatures[] events, Score score)
    {
        var sink = 0.0;
        for (var i = 0; i < 20_000; i++)
        {
            sink += score(events[i % events.Length]);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Events; i++)
        {
            sink += score(events[i % events.Length]);
        }

        var elapsed = watch.Elapsed;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine($"{name}: {elapsed.TotalMilliseconds * 1e6 / Events:F0} ns/event, {(double)allocated / Events:F1} bytes allocated/event (checksum {sink:F0})");
    }
}
