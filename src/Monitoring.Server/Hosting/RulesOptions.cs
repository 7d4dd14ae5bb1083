namespace Monitoring.Server.Hosting;

/// <summary>The <c>Monitoring:Rules</c> settings.</summary>
internal sealed class RulesOptions
{
    /// <summary>Runs the device-health rules (battery, signal, memory, offline) in the device grains.</summary>
    public bool DeviceHealth { get; set; }
}
