using Microsoft.Extensions.Logging;
using Monitoring.Grains.Storage;
using Monitoring.Grains.Tenants;

namespace Monitoring.Grains.Devices;

/// <summary>
/// What a device grain needs on the ingest path beyond its state, held once per silo: a device grain
/// keeps one reference to it rather than three (memory per device counts at 100,000 phones).
/// </summary>
public sealed class DeviceIngestServices(ITelemetryArchive archive, IngestLimits limits, TenantLimits tenantLimits, ILoggerFactory loggers)
{
    public ITelemetryArchive Archive { get; } = archive;

    public IngestLimits Limits { get; } = limits;

    public TenantLimits TenantLimits { get; } = tenantLimits;

    public ILogger Logger { get; } = loggers.CreateLogger("Monitoring.Grains.Devices.DeviceGrain");
}
