using Monitoring.Contracts.Alerts;
using Monitoring.Domain.Escalation;
using Monitoring.Grains.Diagnostics;

namespace Monitoring.Grains.Alerts;

/// <summary>
/// Escalation: an alert still active at its SLA due time rises one level (and tier) per SLA period
/// until an operator takes it or the policy's last level (<see cref="EscalationSchedule"/>), driven by
/// the silo's periodic work (<see cref="Scheduling.IPeriodicWork"/>: a durable reminder where there
/// are durable reminders, so it survives the silo).
/// </summary>
internal sealed partial class AlertGrain
{
    internal const string EscalateJob = "escalate";

    public Task OnDueAsync(string job, DateTimeOffset dueAt) =>
        job == EscalateJob ? EscalateIfDueAsync() : Task.CompletedTask;

    public Task ReceiveReminder(string reminderName, TickStatus status) => reminderName switch
    {
        EscalateJob => EscalateIfDueAsync(),
        OutboxJob => OnOutboxReminderAsync(),
        _ => Task.CompletedTask,
    };

    private EscalationPolicy PolicyOf(Alert alert) => new(AlertChanges.SlaPeriodOf(alert, state.State.SlaPeriod));

    private async Task ArmEscalationAsync(Alert alert)
    {
        if (!EscalationSchedule.Escalates(alert.Status))
        {
            return;
        }

        await periodicWork.StartAsync(this, EscalateJob, alert.SlaDueAt, PolicyOf(alert).SlaPeriod);
    }

    private async Task EscalateIfDueAsync()
    {
        if (state.State.Alert is not { } alert || alert.SilencedBy is not null)
        {
            // A silenced alert does not escalate; lifting the silence arms it again (MarkSilencedAsync).
            await StopEscalationAsync();
            return;
        }

        var now = clock.GetUtcNow();
        var decision = EscalationSchedule.Next(alert.Status, alert.SlaDueAt, alert.EscalationLevel, now, PolicyOf(alert));
        if (decision.Escalated)
        {
            await SaveAsync(alert with
            {
                EscalationLevel = decision.Level,
                UpdatedAt = now,
                History = alert.History.AddRange(decision.Steps.Select(step => new AlertHistoryEntry(
                    "escalated", alert.Status, alert.Severity, "system", now, $"level {step.Level}: {step.Tier}"))),
            });
            foreach (var step in decision.Steps)
            {
                GrainMetrics.Escalated(step.Level, alert.Severity);
            }
        }

        if (decision.NextDueAt is { } next)
        {
            periodicWork.SetDue(this, EscalateJob, next);
        }
        else
        {
            await StopEscalationAsync();
        }
    }

    private Task StopEscalationAsync() => periodicWork.StopAsync(this, EscalateJob);
}
