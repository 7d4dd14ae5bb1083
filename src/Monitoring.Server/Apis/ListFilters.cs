using Monitoring.Server.Ingest;

namespace Monitoring.Server.Apis;

/// <summary>
/// The text filters of the list endpoints (siteId, guardId, type, category) follow the id rule:
/// a value no object can carry is refused with 400, and never reaches a query (PostgreSQL refuses
/// a NUL character in text, which would otherwise surface as a 500).
/// </summary>
internal static class ListFilters
{
    /// <summary>The name of the first filter that is given but breaks the id rule, or null.</summary>
    public static string? FirstInvalid(params (string Name, string? Value)[] filters) =>
        filters.FirstOrDefault(f => f.Value is { Length: > 0 } && !Ids.IsValid(f.Value)).Name;
}
