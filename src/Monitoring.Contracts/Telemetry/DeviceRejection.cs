namespace Monitoring.Contracts.Telemetry;

/// <summary>An event a device grain refused: its position in the device's batch, the field and why.</summary>
[GenerateSerializer, Immutable, Alias("device-rejection")]
public sealed record DeviceRejection(
    [property: Id(0)] int Position,
    [property: Id(1)] string Field,
    [property: Id(2)] string Error);
