namespace Monitoring.Server.Tests.Notifications;

/// <summary>The notification book's API tests, on their own host.</summary>
[CollectionDefinition(Name)]
public sealed class NotificationsCollection : ICollectionFixture<NotificationsHostFixture>
{
    public const string Name = "notifications";
}
