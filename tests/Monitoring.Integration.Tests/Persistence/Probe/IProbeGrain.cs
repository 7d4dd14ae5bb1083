namespace Monitoring.Integration.Tests.Persistence.Probe;

/// <summary>A grain that only stores a value and registers a reminder. Key: any string.</summary>
public interface IProbeGrain : IGrainWithStringKey
{
    Task SetAsync(string value);

    Task<ProbeState> GetAsync();

    Task RegisterReminderAsync(string name);
}
