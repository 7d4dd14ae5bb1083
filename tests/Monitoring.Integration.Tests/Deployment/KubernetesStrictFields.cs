using System.Text.Json.Nodes;
using k8s;

namespace Monitoring.Integration.Tests.Deployment;

/// <summary>
/// Finds fields the Kubernetes API does not know (a misspelt <c>replicaz</c>, a field at the wrong
/// level), which the schemas alone allow: each object goes through the typed models of the
/// Kubernetes client (generated from the same OpenAPI document) and back, and every field path of
/// the original must survive the trip.
/// </summary>
internal static class KubernetesStrictFields
{
    public static IReadOnlyList<string> Unknown(KubernetesManifests manifests)
    {
        var typed = KubernetesYaml.LoadAllFromString(manifests.Yaml);
        var unknown = new List<string>();
        for (var i = 0; i < manifests.Objects.Count; i++)
        {
            var original = manifests.Objects[i];
            var roundTrip = JsonNode.Parse(KubernetesJson.Serialize(typed[i]))!;
            var kept = Paths(roundTrip, "").ToHashSet(StringComparer.Ordinal);
            unknown.AddRange(Paths(original, "")
                .Where(p => !kept.Contains(p))
                .Select(p => $"{original["kind"]}/{original["metadata"]?["name"]}: {p}"));
        }

        return unknown;
    }

    private static IEnumerable<string> Paths(JsonNode? node, string prefix) => node switch
    {
        JsonObject map => map.SelectMany(kv => new[] { $"{prefix}/{kv.Key}" }.Concat(
            IsFreeForm(kv.Key) ? [] : Paths(kv.Value, $"{prefix}/{kv.Key}"))),
        JsonArray list => list.SelectMany((item, i) => Paths(item, $"{prefix}/{i}")),
        _ => [],
    };

    /// <summary>Maps whose keys are the user's own (labels, data, selectors): any key is allowed.</summary>
    private static bool IsFreeForm(string key) =>
        key is "labels" or "annotations" or "data" or "stringData" or "matchLabels" or "selector" or "nodeSelector";
}
