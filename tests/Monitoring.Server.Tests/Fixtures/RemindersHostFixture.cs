namespace Monitoring.Server.Tests.Fixtures;

/// <summary>An embedded host told to register an Orleans reminder per on-shift guard anyway.</summary>
public sealed class RemindersHostFixture : HostFixture
{
    protected override IEnumerable<string> ExtraArguments => ["--Monitoring:Silo:Reminders=true"];
}
