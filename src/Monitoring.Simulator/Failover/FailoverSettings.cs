namespace Monitoring.Simulator.Failover;

/// <summary>The settings of the <c>failover</c> verb (see <see cref="FailoverOptions"/>); times in seconds unless named otherwise.</summary>
internal sealed record FailoverSettings(
    Uri Url, string Key, int Devices, int Batch, int Rate, int Concurrency, int Seconds, int Warmup,
    int? KillPid, int KillAfter, int Before, int After, int Drain, int RetryMs, int AttemptTimeout, string Prefix);
