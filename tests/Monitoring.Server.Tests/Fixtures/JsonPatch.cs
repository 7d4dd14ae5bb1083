using System.Text.Json.Nodes;

namespace Monitoring.Server.Tests.Fixtures;

/// <summary>Overwrites fields of a JSON object from a JSON text (a JSON null sends the field as null).</summary>
public static class JsonPatch
{
    public static JsonObject With(this JsonObject target, string patch)
    {
        foreach (var (name, value) in JsonNode.Parse(patch)!.AsObject())
        {
            target[name] = value?.DeepClone();
        }

        return target;
    }
}
