namespace Monitoring.Server.Tests.Fixtures;

/// <summary>
/// The API keys every test host is configured with: one per tenant (t1, t2) and role, and one
/// host-wide <c>system</c> key (no tenant) for the manual clock and memory.
/// </summary>
public static class Keys
{
    public const string T1 = "t1";
    public const string T2 = "t2";
    public const string Device = "device";
    public const string Viewer = "viewer";
    public const string Operator = "operator";
    public const string Admin = "admin";
    public const string System = "system";
    public const string SystemKey = "key-system-4f2a9c";

    public static IEnumerable<(string Key, string Tenant, string Role)> All =>
        (from tenant in new[] { T1, T2 }
         from role in new[] { Device, Viewer, Operator, Admin }
         select (For(tenant, role), tenant, role)).Append((SystemKey, "", System));

    public static string For(string tenant, string role) => $"key-{tenant}-{role}-4f2a9c";
}
