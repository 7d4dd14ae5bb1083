namespace Monitoring.Simulator.Load;

/// <summary>Average cores busy over a span: the host (when known), this generator, the whole machine (when known).</summary>
internal readonly record struct CpuUsage(double? Host, double Self, double? Machine);
