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
    private TimeSpan _databaseStart;

    public void Start()
    {
        _startedAt = Stopwatch.GetTimestamp();
        _hostStart = HostCpu();
        _selfStart = SelfCpu();
        _machineStart = MachineCpu();
        _databaseStart = DatabaseCpu();
    }

    /// <summary>Average cores used by the host, the generator and the machine since <see cref="Start"/>.</summary>
    public CpuUsage Stop()
    {
        var wall = Stopwatch.GetElapsedTime(_startedAt).TotalSeconds;
        double? host = hostPid is null ? null : (HostCpu() - _hostStart).TotalSeconds / wall;
        double? machine = MachineCpu() - _machineStart is { } busy ? busy.TotalSeconds / wall : null;
        var database = Math.Max(0, (DatabaseCpu() - _databaseStart).TotalSeconds / wall);
        return new CpuUsage(host, (SelfCpu() - _selfStart).TotalSeconds / wall, machine, database);
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

    /// <summary>
    /// CPU time of every local <c>postgres</c> process (server, backends, workers) alive now, from
    /// <c>/proc/PID/stat</c> (utime + stime, in clock ticks of 1/100 s).
    /// </summary>
    private static TimeSpan DatabaseCpu()
    {
        long ticks = 0;
        foreach (var dir in Directory.Exists("/proc") ? Directory.EnumerateDirectories("/proc") : [])
        {
            try
            {
                if (!int.TryParse(Path.GetFileName(dir), out _) || File.ReadAllText(Path.Combine(dir, "comm")).Trim() != "postgres")
                {
                    continue;
                }

                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // the process exited while being read
            }
        }

        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static TimeSpan SelfCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
