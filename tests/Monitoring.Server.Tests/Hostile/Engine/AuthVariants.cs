namespace Monitoring.Tests.Shared.Hostile;

/// <summary>Missing, unknown and odd keys, and keys whose role the endpoint refuses.</summary>
internal static class AuthVariants
{
    // Header values lose their leading and trailing white space on the wire, so a padded real key is still that key: none here.
    private static readonly string?[] BadKeys =
    [
        null, "", "nope", "key-t1-admin-4f2a9C", "key-t1-admin-4f2a9", "key-t1-admin-4f2a9c0", new string('k', 10_000), "key-t1-admin-4f2a9c\u0000",
        "%00", "Bearer key-t1-admin-4f2a9c", "key-t3-admin-4f2a9c", "key-t1-admin-4f2a9c,key-t1-admin-4f2a9c",
    ];

    public static void Generate(HostileContext context, HostileEndpoint endpoint)
    {
        if (endpoint.Roles is null)
        {
            context.Add(new(endpoint.Name, "auth:anonymous", HostileContext.Method(endpoint.Method), endpoint.PathFor(""), context.Pick(BadKeys)));
            return;
        }

        var path = endpoint.Id == IdKind.None ? endpoint.PathFor("") : endpoint.PathFor(context.RealIdA(endpoint));
        foreach (var key in BadKeys)
        {
            context.Add(Request(endpoint, key is null ? "auth:no-key" : "auth:unknown-key", path, key));
        }

        context.Add(Request(endpoint, "auth:bearer-garbage", path, null) with
        {
            Headers = [new("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30.")],
        });
        foreach (var (kind, token) in new[] { ("auth:bearer-forged", HostileTokens.Forged()), ("auth:bearer-unsigned", HostileTokens.Unsigned()) })
        {
            context.Add(Request(endpoint, kind, path, null) with { Headers = [new("Authorization", "Bearer " + token)] });
        }

        context.Add(Request(endpoint, "auth:two-keys", path, context.KeyA("viewer")) with { Headers = [new("X-Api-Key", context.KeyA("admin"))] });
        context.Add(Request(endpoint, "auth:access-token-query", path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?")
            + "access_token=" + Uri.EscapeDataString(context.KeyA("admin")), null));

        foreach (var role in HostileEndpoints.AllRoles.Where(r => !endpoint.Roles.Contains(r)))
        {
            context.Add(Request(endpoint, "auth:wrong-role", path, context.KeyA(role)));
        }

        if (endpoint.HostWide)
        {
            foreach (var role in endpoint.Roles)
            {
                context.Add(Request(endpoint, "auth:tenant-key-on-host-wide", path, context.KeyA(role)) with { Mutating = true, Late = endpoint.Mutating });
            }
        }
    }

    /// <summary>A request with the endpoint's valid body, if it has one (auth must fail before it matters).</summary>
    private static HostileRequest Request(HostileEndpoint endpoint, string kind, string path, string? key) =>
        new(endpoint.Name, kind, HostileContext.Method(endpoint.Method), path, key)
        {
            ProtocolViolation = key?.Contains('\0', StringComparison.Ordinal) == true,
            Body = endpoint.Body.Length == 0 ? null : HostileContext.Utf8(BodyVariants.Json(endpoint.Body.Select(f => (f.Name, f.Valid)))),
            ContentType = endpoint.Body.Length == 0 ? null : "application/json",
            Mutating = endpoint.Mutating,
            Late = endpoint.HostWide && endpoint.Mutating,
        };
}
