namespace Monitoring.Integration.Tests.Persistence.Probe;

/// <summary>Stores its value on every set; its reminder does nothing.</summary>
internal sealed class ProbeGrain([PersistentState("probe")] IPersistentState<ProbeState> state) : Grain, IProbeGrain, IRemindable
{
    public async Task SetAsync(string value)
    {
        state.State.Value = value;
        state.State.Writes++;
        state.State.WrittenAt = DateTimeOffset.UtcNow;
        await state.WriteStateAsync();
    }

    public Task<ProbeState> GetAsync() => Task.FromResult(state.State);

    public Task RegisterReminderAsync(string name) =>
        this.RegisterOrUpdateReminder(name, TimeSpan.FromHours(1), TimeSpan.FromHours(1));

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;
}
