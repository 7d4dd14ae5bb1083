namespace Monitoring.Server.Tests.Fixtures;

/// <summary>A host whose manual clock stands still at a fixed time: ingest, queries, validation and auth.</summary>
public sealed class ApiHostFixture : HostFixture
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A device key of tenant t1 bound to the device ids starting with <see cref="DevicePrefix"/>.</summary>
    public const string PrefixedDeviceKey = "key-t1-device-site7-8d1e3b";

    public const string DevicePrefix = "site7-";

    protected override DateTimeOffset? ClockStart => Start;

    // An index of its own, past the keys every host gets.
    protected override IEnumerable<string> ExtraArguments =>
    [
        $"--Monitoring:ApiKeys:100:Key={PrefixedDeviceKey}",
        $"--Monitoring:ApiKeys:100:Tenant={Keys.T1}",
        $"--Monitoring:ApiKeys:100:Role={Keys.Device}",
        $"--Monitoring:ApiKeys:100:DevicePrefix={DevicePrefix}",
    ];
}
