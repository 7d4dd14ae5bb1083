using System.Text.Json;
using Monitoring.Grains.Storage.Audit;

namespace Monitoring.Server.Apis;

/// <summary>
/// One record of <c>GET /api/v1/audit</c>: who (<c>actor</c>: the token's subject, or <c>key:</c> and
/// the key's id; <c>keyId</c> or <c>subject</c>), what (method, resource, resourceId, path, status),
/// the resource before and after as its GET showed it (null: it did not exist, or was deleted), and
/// when (the host clock).
/// </summary>
internal sealed record AuditEntry(
    long AuditId,
    DateTimeOffset At,
    string Actor,
    string? KeyId,
    string? Subject,
    string Method,
    string Resource,
    string? ResourceId,
    string Path,
    int Status,
    bool HostWide,
    JsonElement? Before,
    JsonElement? After)
{
    public static AuditEntry From(AuditRecord r) => new(
        r.AuditId, r.At, r.Actor, r.KeyId, r.Subject, r.Method, r.Resource, r.ResourceId, r.Path, r.Status, r.Tenant.Length == 0,
        Parse(r.Before), Parse(r.After));

    private static JsonElement? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
