using System.Diagnostics;
using Xunit.Abstractions;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>Test output lines stamped with the time since the test began, to read a run's timings.</summary>
internal sealed class Timeline(ITestOutputHelper output)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public void Mark(string message) => output.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:0.0} s] {message}");
}
