using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Monitoring.Server.Tests.Fixtures;

/// <summary>
/// A host whose silo fails chosen grain calls as a departing silo does (<see cref="DepartingSiloFault"/>),
/// to drive the API's departed-silo retries deterministically. The clock starts at 06:00Z, clear
/// of deep night, for the alerts its tests raise.
/// </summary>
public sealed class DepartingSiloHostFixture : HostFixture
{
    public DepartingSiloFault Fault { get; } = new();

    protected override DateTimeOffset? ClockStart => new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero);

    protected override void Configure(WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<IIncomingGrainCallFilter>(Fault);
}
