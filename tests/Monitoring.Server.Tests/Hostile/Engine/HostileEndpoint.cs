namespace Monitoring.Tests.Shared.Hostile;

/// <summary>
/// One endpoint of the API: method, route template (<c>{id}</c> for its id), the roles that may
/// call it (none: anonymous), the kind of its id, its query parameters and its body's fields.
/// </summary>
internal sealed record HostileEndpoint(string Method, string Template, string[]? Roles, IdKind Id = IdKind.None)
{
    public (string Name, string[] Values)[] Query { get; init; } = [];

    public BodyField[] Body { get; init; } = [];

    /// <summary>Whether a request the host took would change state.</summary>
    public bool Mutating { get; init; }

    /// <summary>Acts on the whole host rather than one tenant.</summary>
    public bool HostWide { get; init; }

    public string Name => $"{Method} {Template}";

    public string PathFor(string escapedId) => Template.Replace("{id}", escapedId, StringComparison.Ordinal).TrimStart('/');
}
