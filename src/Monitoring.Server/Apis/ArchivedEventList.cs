using System.Collections.Immutable;
using Monitoring.Contracts.Telemetry;

namespace Monitoring.Server.Apis;

/// <summary>A page of a device's archived events; <c>hasMore</c> means: ask again from the last <c>ts</c>.</summary>
internal sealed record ArchivedEventList(string DeviceId, ImmutableArray<TelemetryEvent> Items, bool HasMore);
