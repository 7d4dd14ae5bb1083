namespace Monitoring.Server.Tests.Fixtures;

/// <summary>
/// A host on the system clock (the production default), which refuses to have its clock set. Its
/// guards are evaluated every second, so evaluations on real time can be watched in a test.
/// </summary>
public sealed class SystemClockHostFixture : HostFixture
{
    public static readonly TimeSpan EvaluationPeriod = TimeSpan.FromSeconds(1);

    protected override bool ManualClock => false;

    protected override IEnumerable<string> ExtraArguments => ["--Monitoring:Inactivity:EvaluationPeriod=00:00:01"];
}
