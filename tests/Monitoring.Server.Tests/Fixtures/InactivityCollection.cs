namespace Monitoring.Server.Tests.Fixtures;

/// <summary>Self-clearing, breaks and the admin clock: tests that move their host's clock forward only.</summary>
[CollectionDefinition(Name)]
public sealed class InactivityCollection : ICollectionFixture<InactivityHostFixture>
{
    public const string Name = "inactivity";
}
