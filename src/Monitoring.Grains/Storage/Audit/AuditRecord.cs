namespace Monitoring.Grains.Storage.Audit;

/// <summary>
/// One audited change: who (the actor, and the API key's id or the token's subject), what (method,
/// resource, id, path, answer status), before and after (the resource as its GET shows it, JSON or
/// null), and when (the host clock). <see cref="AuditId"/> is the store's, increasing.
/// </summary>
public sealed record AuditRecord
{
    public long AuditId { get; init; }

    /// <summary>The tenant, or empty for a host-wide change (the manual clock).</summary>
    public required string Tenant { get; init; }

    public required DateTimeOffset At { get; init; }

    public required string Actor { get; init; }

    public string? KeyId { get; init; }

    public string? Subject { get; init; }

    public required string Method { get; init; }

    public required string Resource { get; init; }

    public string? ResourceId { get; init; }

    public required string Path { get; init; }

    public required int Status { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}
