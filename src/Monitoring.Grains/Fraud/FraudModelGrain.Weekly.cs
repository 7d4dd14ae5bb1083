using Microsoft.Extensions.Logging;

namespace Monitoring.Grains.Fraud;

/// <summary>The weekly retraining: a job like an admin's, requested by "system"; a refusal (too few rows, a job already running) waits for next week.</summary>
internal sealed partial class FraudModelGrain
{
    internal const string SystemActor = "system";

    public Task OnDueAsync(string job, DateTimeOffset dueAt) => job == RetrainJob ? RetrainAsync() : Task.CompletedTask;

    public Task ReceiveReminder(string reminderName, TickStatus status) => reminderName == RetrainJob ? RetrainAsync() : Task.CompletedTask;

    private async Task RetrainAsync()
    {
        var now = clock.GetUtcNow();
        if (Registry.NextRetrainAt is { } due && due > now)
        {
            // A duplicate or early tick (reminders can repeat): this week's run is already done.
            periodicWork.SetDue(this, RetrainJob, due);
            return;
        }

        Registry.NextRetrainAt = now + settings.RetrainPeriod;
        await state.WriteStateAsync();
        periodicWork.SetDue(this, RetrainJob, Registry.NextRetrainAt.Value);
        var answer = await RequestTrainingAsync(SystemActor, WeeklyTrigger);
        if (answer.Job is null)
        {
            LogWeeklySkipped(_tenant, answer.Problem);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {Tenant}: weekly fraud retraining skipped: {Reason}")]
    private partial void LogWeeklySkipped(string tenant, string? reason);
}
