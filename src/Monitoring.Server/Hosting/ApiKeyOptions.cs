namespace Monitoring.Server.Hosting;

/// <summary>One configured API key: the key fixes the tenant and the role.</summary>
internal sealed class ApiKeyOptions
{
    public string Key { get; set; } = "";
    public string Tenant { get; set; } = "";
    public string Role { get; set; } = "";

    /// <summary>When set, this key may only send telemetry for device ids starting with it (e.g. <c>site7-</c>).</summary>
    public string? DevicePrefix { get; set; }
}
