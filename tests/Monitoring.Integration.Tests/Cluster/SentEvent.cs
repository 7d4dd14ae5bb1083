namespace Monitoring.Integration.Tests.Cluster;

/// <summary>One telemetry event a test phone sent: its identity in the archive is (device, seq).</summary>
internal readonly record struct SentEvent(string DeviceId, long Seq, DateTimeOffset Ts);
