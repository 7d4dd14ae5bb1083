namespace Monitoring.Server.Auth;

/// <summary>The four roles an API key may carry, and the policies built from them.</summary>
internal static class Roles
{
    public const string Device = "device";
    public const string Viewer = "viewer";
    public const string Operator = "operator";
    public const string Admin = "admin";

    public const string IngestPolicy = "ingest";
    public const string ReadPolicy = "read";
    public const string ActPolicy = "act";
    public const string AdminPolicy = "admin";

    public const string TenantClaim = "tenant";

    public static readonly string[] All = [Device, Viewer, Operator, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
