namespace Monitoring.Server.Auth;

/// <summary>
/// The roles an API key may carry, and the policies built from them. The four tenant roles act
/// within the key's tenant; <see cref="System"/> acts on the whole host (manual clock, memory).
/// </summary>
internal static class Roles
{
    public const string Device = "device";
    public const string Viewer = "viewer";
    public const string Operator = "operator";
    public const string Admin = "admin";
    public const string System = "system";

    public const string IngestPolicy = "ingest";
    public const string ReadPolicy = "read";
    public const string ActPolicy = "act";
    public const string AdminPolicy = "admin";
    public const string SystemPolicy = "system";

    public const string TenantClaim = "tenant";

    /// <summary>The subject of a bearer token (the signed-in person); API keys have none.</summary>
    public const string SubjectClaim = "sub";

    public const string AuditPolicy = "audit";

    /// <summary>A short hash of the key itself: the rate limiter's partition, never the key.</summary>
    public const string KeyIdClaim = "key_id";

    public static readonly string[] All = [Device, Viewer, Operator, Admin, System];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    /// <summary>The roles of a configured <c>Role</c> value: one role or a comma-separated list (<c>admin,system</c>).</summary>
    public static string[] Parse(string value) =>
        value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
