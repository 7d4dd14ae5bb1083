namespace Monitoring.Tests.Shared.Hostile;

/// <summary>
/// Path ids with the right key: another tenant's real ids and unknown ids (404, exactly as missing),
/// and malformed ones (traversal, encoded slashes, control characters, very long).
/// </summary>
internal static class IdVariants
{
    public static void Generate(HostileContext context, HostileEndpoint endpoint)
    {
        if (endpoint.Id == IdKind.None || endpoint.Roles is null)
        {
            return;
        }

        var body = endpoint.Body.Length == 0 ? null : HostileContext.Utf8(BodyVariants.Json(endpoint.Body.Select(f => (f.Name, f.Valid))));
        // Another tenant's ids, and unknown ones, with a valid body: 404 and nothing created. A PUT
        // would create the object, so it gets a body with a bad field instead (then 400 or 404).
        var creates = endpoint.Method == "PUT";
        var idsOfB = HostileContext.Ids(context.B, endpoint.Id);
        var probes = endpoint.Id == IdKind.RuleType ? ["nope", "BATTERY_LOW", "battery_low%00"] : idsOfB.Append($"{context.A.Prefix}-unknown-1");
        foreach (var id in probes)
        {
            foreach (var role in endpoint.Roles)
            {
                var exact = !creates || endpoint.Id == IdKind.RuleType;
                var range = endpoint.Template.StartsWith("/api/v1/telemetry/", StringComparison.Ordinal);
                context.Add(new(endpoint.Name, idsOfB.Contains(id) ? "id:other-tenant" : "id:unknown", HostileContext.Method(endpoint.Method),
                    endpoint.PathFor(Uri.EscapeDataString(id)), context.KeyA(role))
                {
                    Body = creates && !exact ? BadBody(context, endpoint) : body,
                    ContentType = body is null ? null : "application/json",
                    ExpectNotFound = exact && !range,
                    ExpectEmptyPage = range,
                    Mutating = endpoint.Mutating,
                });
            }
        }

        foreach (var id in HostileValues.PathIds)
        {
            context.Add(new(endpoint.Name, "id:malformed", HostileContext.Method(endpoint.Method), endpoint.PathFor(id), context.KeyA(endpoint.Roles))
            {
                ProtocolViolation = id.Contains("%00", StringComparison.Ordinal),
                Body = creates ? BadBody(context, endpoint) : body,
                ContentType = body is null ? null : "application/json",
                Mutating = endpoint.Mutating,
            });
        }
    }

    private static byte[] BadBody(HostileContext context, HostileEndpoint endpoint)
    {
        var broken = context.Pick(endpoint.Body.Where(f => f.Kind is FieldKind.RequiredText or FieldKind.RequiredNumber).ToList());
        return HostileContext.Utf8(BodyVariants.Json(endpoint.Body.Select(f => (f.Name, f == broken ? "null" : f.Valid))));
    }
}
