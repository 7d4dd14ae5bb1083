using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Notifications;

/// <summary>
/// A host of its own for the notification book (its tests move the manual clock), with keys of two
/// more tenants: one only read (its defaults stay as a fresh tenant has them) and one whose
/// inhibition rules a test deletes.
/// </summary>
public sealed class NotificationsHostFixture : HostFixture
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public const string FreshTenant = "nb-fresh";
    public const string FreshViewerKey = "key-nb-fresh-viewer-7c1d";
    public const string DefaultsTenant = "nb-defaults";
    public const string DefaultsAdminKey = "key-nb-defaults-admin-7c1d";

    protected override DateTimeOffset? ClockStart => Start;

    protected override IEnumerable<string> ExtraArguments =>
    [
        $"--Monitoring:ApiKeys:100:Key={FreshViewerKey}",
        $"--Monitoring:ApiKeys:100:Tenant={FreshTenant}",
        "--Monitoring:ApiKeys:100:Role=viewer",
        $"--Monitoring:ApiKeys:101:Key={DefaultsAdminKey}",
        $"--Monitoring:ApiKeys:101:Tenant={DefaultsTenant}",
        "--Monitoring:ApiKeys:101:Role=admin",
    ];
}
