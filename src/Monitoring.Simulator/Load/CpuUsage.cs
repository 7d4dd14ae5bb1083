namespace Monitoring.Simulator.Load;

/// <summary>
/// Average cores busy over a span: the host (when known), this generator, the whole machine (when
/// known), and the local PostgreSQL server's processes (0 when none runs).
/// </summary>
internal readonly record struct CpuUsage(double? Host, double Self, double? Machine, double Database = 0);
