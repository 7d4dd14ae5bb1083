namespace Monitoring.Server.Tests.Fixtures;

/// <summary>Tests against an embedded host with reminders switched on.</summary>
[CollectionDefinition(Name)]
public sealed class RemindersCollection : ICollectionFixture<RemindersHostFixture>
{
    public const string Name = "reminders";
}
