using System.Diagnostics;
using System.Globalization;

namespace Monitoring.Simulator.Load;

/// <summary>
/// CPU time of the host process (when its id is known), of this generator, and of the whole
/// machine (Linux), in cores busy: whatever else runs on the box shows as the difference.
/// </summary>
internal sealed class CpuMeter(int? hostPid)
{
    private long _startedAt;
    private TimeSpan _hostStart;
    private TimeSpan _selfStart;
    private TimeSpan? _machineStart;

    public void Start()
    {
        _startedAt = Stopwatch.GetTimestamp();
        _hostStart = HostCpu();
        _selfStart = SelfCpu();
        _machineStart = MachineCpu();
    }

    /// <summary>Average cores used by the host, the generator and the machine since <see cref="Start"/>.</summary>
    public CpuUsage Stop()
    {
        var wall = Stopwatch.GetElapsedTime(_startedAt).TotalSeconds;
        double? host = hostPid is null ? null : (HostCpu() - _hostStart).TotalSeconds / wall;
        double? machine = MachineCpu() - _machineStart is { } busy ? busy.TotalSeconds / wall : null;
        return new CpuUsage(host, (SelfCpu() - _selfStart).TotalSeconds / wall, machine);
    }

    /// <summary>Busy time of all cores from <c>/proc/stat</c> (user, nice, system, irq, softirq, steal), or null.</summary>
    private static TimeSpan? MachineCpu()
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var busy = new[] { 1, 2, 3, 6, 7, 8 }.Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture));
        return TimeSpan.FromSeconds(busy / 100.0);
    }

    private TimeSpan HostCpu()
    {
        if (hostPid is not { } pid)
        {
            return TimeSpan.Zero;
        }

        using var process = Process.GetProcessById(pid);
        return process.TotalProcessorTime;
    }

    private static TimeSpan SelfCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
