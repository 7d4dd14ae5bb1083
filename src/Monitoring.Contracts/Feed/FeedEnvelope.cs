using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Monitoring.Contracts.Json;

namespace Monitoring.Contracts.Feed;

/// <summary>
/// One change an operator cares about, as the live feed and the event log carry it. <see cref="Data"/>
/// is the same object the REST endpoint returns for the entity.
/// </summary>
[GenerateSerializer, Immutable, Alias("feed-envelope")]
public sealed record FeedEnvelope
{
    /// <summary>guard_updated, device_updated, alert_raised, alert_updated, incident_opened, incident_updated, ...</summary>
    [Id(0)] public required string Type { get; init; }

    /// <summary>The tenant the change belongs to.</summary>
    [Id(1)] public required string TenantId { get; init; }

    /// <summary>The site concerned, when there is one.</summary>
    [Id(2)] public string? SiteId { get; init; }

    /// <summary>The guard concerned, when there is one.</summary>
    [Id(3)] public string? GuardId { get; init; }

    /// <summary>When the change happened (host clock).</summary>
    [Id(4)] public DateTimeOffset At { get; init; }

    /// <summary>Per-tenant sequence number, increasing; 0 until the tenant's feed assigned it.</summary>
    [Id(5)] public long Seq { get; init; }

    // The entity travels as the object the grain built; its JSON is written the first time anyone
    // needs it (a relay with watchers, the PostgreSQL log, a catch-up read) and kept. With nobody
    // watching, the embedded default never serialises state updates at all.
    [Id(6)] private string? _dataJson;
    [Id(7)] private readonly object? _entity;

    /// <summary>An envelope whose data is set as JSON (<see cref="DataJson"/>), as the event log reads it back.</summary>
    public FeedEnvelope()
    {
    }

    /// <summary>An envelope carrying <paramref name="entity"/>; its JSON is written on first use.</summary>
    [SetsRequiredMembers]
    public FeedEnvelope(string type, string tenantId, object entity)
    {
        Type = type;
        TenantId = tenantId;
        _entity = entity;
    }

    /// <summary>The entity as JSON in the wire format.</summary>
    [JsonIgnore]
    public string DataJson
    {
        get => _dataJson ??= _entity is null ? "null" : JsonSerializer.Serialize(_entity, _entity.GetType(), WireJson.Options);
        init => _dataJson = value;
    }

    /// <summary>The entity, as the REST endpoint returns it (parsed from <see cref="DataJson"/> on every read).</summary>
    [JsonIgnore] public JsonElement Data => JsonDocument.Parse(DataJson).RootElement;

    /// <summary>
    /// What the feed and the event log write as <c>data</c>: <see cref="DataJson"/> copied as it is,
    /// so sending an envelope to many groups and clients does not parse it into a document each time.
    /// </summary>
    [JsonInclude, JsonPropertyName("data"), JsonConverter(typeof(RawJsonConverter))]
    internal string WireData => DataJson;
}
