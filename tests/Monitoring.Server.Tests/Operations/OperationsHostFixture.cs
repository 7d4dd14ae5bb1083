using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Operations;

/// <summary>
/// A host with the Orleans Dashboard on, whose manual clock the metrics test moves (an alert, its
/// evaluations and an escalation). Starts at 06:00Z, clear of deep night.
/// </summary>
public sealed class OperationsHostFixture : HostFixture
{
    protected override DateTimeOffset? ClockStart => new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero);

    protected override IEnumerable<string> ExtraArguments => ["--Monitoring:Operations:OrleansDashboard=true"];
}
