using Monitoring.Domain.Fraud;

namespace Monitoring.Server.Apis.Fraud;

/// <summary>Checks a label request item by item; every error names its field (<c>items[3].label</c>).</summary>
internal static class FraudLabelValidator
{
    public const int MaxItems = 500;
    public const int MaxDeviceIdLength = 128;

    public static List<(string DeviceId, long Seq, FraudLabel Label)> Check(FraudLabelRequest body, Dictionary<string, string[]> errors)
    {
        var verdicts = new List<(string, long, FraudLabel)>();
        if (body.Items is not { Count: > 0 and <= MaxItems } items)
        {
            errors["items"] = [$"must hold 1..{MaxItems} items"];
            return verdicts;
        }

        var seen = new Dictionary<(string, long), int>();
        for (var i = 0; i < items.Count; i++)
        {
            var at = $"items[{i}]";
            if (items[i] is not { } item)
            {
                errors[at] = ["must be an object { deviceId, seq, label }"];
                continue;
            }

            var ok = true;
            if (string.IsNullOrWhiteSpace(item.DeviceId) || item.DeviceId.Length > MaxDeviceIdLength || item.DeviceId.Any(char.IsControl))
            {
                errors[at + ".deviceId"] = [$"required, 1..{MaxDeviceIdLength} characters, no control characters"];
                ok = false;
            }

            if (item.Seq is not >= 0)
            {
                errors[at + ".seq"] = ["required, 0 or more"];
                ok = false;
            }

            FraudLabel label = default;
            if (item.Label is not ("fraud" or "legit"))
            {
                errors[at + ".label"] = ["must be fraud or legit"];
                ok = false;
            }
            else
            {
                label = item.Label == "fraud" ? FraudLabel.Fraud : FraudLabel.Legit;
            }

            if (ok && !seen.TryAdd((item.DeviceId!, item.Seq!.Value), i))
            {
                errors[at] = [$"names the same event as items[{seen[(item.DeviceId!, item.Seq!.Value)]}]"];
                ok = false;
            }

            if (ok)
            {
                verdicts.Add((item.DeviceId!, item.Seq!.Value, label));
            }
        }

        return verdicts;
    }
}
