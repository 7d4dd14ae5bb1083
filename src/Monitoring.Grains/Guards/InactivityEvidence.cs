using System.Buffers;
using System.Text;
using System.Text.Json;
using Monitoring.Domain.Activity;
using Monitoring.Domain.Inactivity;

namespace Monitoring.Grains.Guards;

/// <summary>The evidence an inactivity alert carries: what the window held and which signals were absent.</summary>
internal static class InactivityEvidence
{
    public static string ToJson(WindowSummary window, EvaluationOutcome outcome, decimal threshold, int guardDevices)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("windowFrom", window.From.UtcDateTime);
            w.WriteString("windowTo", window.To.UtcDateTime);
            w.WriteNumber("phoneEvents", window.PhoneEvents);
            w.WriteNumber("locationUpdates", window.LocationUpdates);
            w.WriteNumber("movementM", window.MovementM);
            w.WriteNumber("tasksCompleted", window.TasksCompleted);
            w.WriteNumber("checkpointsScanned", window.CheckpointsScanned);
            w.WriteStartArray("absentSignals");
            var s = outcome.Score;
            WriteIf(w, s.PhoneAbsent, "phone");
            WriteIf(w, s.MovementAbsent, "movement");
            WriteIf(w, s.TasksAbsent, "tasks");
            WriteIf(w, s.CheckpointsAbsent, "checkpoints");
            w.WriteEndArray();
            w.WriteBoolean("isDeepNight", s.IsDeepNight);
            w.WriteBoolean("isNightShift", outcome.IsNightShift);
            w.WriteNumber("threshold", threshold);
            w.WriteNumber("consecutiveInactiveWindows", outcome.ConsecutiveInactiveWindows);
            // The notifier's dead-phone rule holds only for a guard's only device.
            w.WriteNumber("guardDevices", guardDevices);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteIf(Utf8JsonWriter w, bool condition, string value)
    {
        if (condition)
        {
            w.WriteStringValue(value);
        }
    }
}
