using System.Buffers;
using System.Text;
using System.Text.Json;
using Monitoring.Contracts.Fraud;
using Monitoring.Domain.Telemetry;

namespace Monitoring.Grains.Fraud;

/// <summary>
/// A fraud_risk alert's evidence: the scored event (device, seq, type, time), the score, the rule
/// score beside it, the model version and the top features with their values and contributions.
/// </summary>
internal static class FraudEvidence
{
    public static string Json(FraudScore score)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("score", Math.Round(score.Score, 4));
            w.WriteNumber("rule_score", Math.Round(score.RuleScore, 4));
            w.WriteString("model_version", score.ModelVersion);
            w.WriteString("device_id", score.DeviceId);
            w.WriteNumber("seq", score.Seq);
            w.WriteString("event_type", score.EventType.ToWire());
            w.WriteString("at", score.At);
            w.WriteStartArray("top");
            foreach (var c in score.Top)
            {
                w.WriteStartObject();
                w.WriteString("feature", c.Feature);
                w.WriteNumber("weight", Math.Round(c.Weight, 4));
                var index = Domain.Fraud.FraudFeatureNames.All.IndexOf(c.Feature);
                if (index >= 0 && index < score.Features.Length)
                {
                    w.WriteNumber("value", Math.Round(score.Features[index], 2));
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The scored event an evidence names, or null for evidence of another shape.</summary>
    public static (string DeviceId, long Seq)? EventOf(string evidenceJson)
    {
        try
        {
            using var doc = JsonDocument.Parse(evidenceJson);
            return doc.RootElement.TryGetProperty("device_id", out var device) && device.GetString() is { } id
                && doc.RootElement.TryGetProperty("seq", out var seq) && seq.TryGetInt64(out var n)
                ? (id, n)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
