namespace Monitoring.Grains.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class ReminderCollection : ICollectionFixture<ReminderClusterFixture>
{
    public const string Name = "reminder cluster";
}
