namespace Monitoring.Server.Tests.Fixtures;

/// <summary>Tests against a host on the system clock.</summary>
[CollectionDefinition(Name)]
public sealed class SystemClockCollection : ICollectionFixture<SystemClockHostFixture>
{
    public const string Name = "system-clock";
}
