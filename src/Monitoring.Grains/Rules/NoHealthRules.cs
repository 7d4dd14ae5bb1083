namespace Monitoring.Grains.Rules;

/// <summary>The silo runs no health rules: every grain gets <see cref="ActiveRules.Off"/>, and no device is asked anything.</summary>
internal sealed class NoHealthRules : IHealthRules
{
    public static NoHealthRules Instance { get; } = new();

    public ValueTask<ActiveRules> GetAsync(string tenant, string? siteId) => ValueTask.FromResult(ActiveRules.Off);

    public Task AskDevicesAsync(IGrainFactory grains, string tenant, IReadOnlyList<string> deviceIds) => Task.CompletedTask;
}
