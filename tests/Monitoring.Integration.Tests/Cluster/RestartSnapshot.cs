using System.Text.Json;

namespace Monitoring.Integration.Tests.Cluster;

/// <summary>What the API showed before the cluster restart, to compare with what it shows after.</summary>
internal sealed record RestartSnapshot(
    string AlertId,
    string IncidentId,
    JsonElement Incident,
    IReadOnlyDictionary<string, JsonElement> Guards,
    IReadOnlyList<JsonElement> Feed);
