using System.Text;

namespace Monitoring.Tests.Shared.Hostile;

/// <summary>
/// Bodies with the right key and a real id of tenant A: each one broken (malformed, wrong kind, one
/// field bad or missing, too deep, too big, invalid UTF-8), so a host that took one would change state.
/// Wrong content types carry a valid body and so go to ids that do not exist in tenant A.
/// </summary>
internal static class BodyVariants
{
    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16",
        "application/jsonx", "*/*", "application/octet-stream", "application/json; charset=ebcdic",
    ];

    public static string Json(IEnumerable<(string Name, string Raw)> fields) =>
        "{" + string.Join(",", fields.Select(f => $"\"{f.Name}\":{f.Raw}")) + "}";

    public static void Generate(HostileContext context, HostileEndpoint endpoint)
    {
        if (endpoint.Body.Length == 0)
        {
            return;
        }

        var fields = endpoint.Body;
        foreach (var field in fields)
        {
            var bad = field.Kind switch
            {
                FieldKind.Text or FieldKind.RequiredText => HostileValues.BadStrings,
                FieldKind.Time => HostileValues.BadTimes,
                FieldKind.Bool => HostileValues.BadBools,
                _ => HostileValues.BadNumbers,
            };
            foreach (var value in bad.Concat(field.OutOfRange))
            {
                Add(context, endpoint, "body:field-value", Json(fields.Select(f => (f.Name, f == field ? value : f.Valid))), field.Name);
            }

            if (field.Kind is FieldKind.RequiredText or FieldKind.RequiredNumber or FieldKind.Time)
            {
                Add(context, endpoint, "body:field-missing", Json(fields.Where(f => f != field).Select(f => (f.Name, f.Valid))), field.Name);
                Add(context, endpoint, "body:field-null", Json(fields.Select(f => (f.Name, f == field ? "null" : f.Valid))), field.Name);
                Add(context, endpoint, "body:duplicate-property",
                    Json(fields.Select(f => (f.Name, f.Valid)).Append((field.Name, "null"))), field.Name);
                Add(context, endpoint, "body:field-name-case",
                    Json(fields.Select(f => (f == field ? f.Name.ToUpperInvariant() + "_" : f.Name, f.Valid))), field.Name);
            }
        }

        var required = fields.FirstOrDefault(f => f.Kind is FieldKind.RequiredText or FieldKind.RequiredNumber or FieldKind.Time) ?? fields[0];
        var broken = fields.Select(f => (f.Name, f == required ? "null" : f.Valid)).ToList();
        Add(context, endpoint, "body:unknown-fields", Json(broken.Append(("zzz", "1")).Append(("__proto__", "{}")).Append(("$type", "\"x\""))), required.Name);
        Add(context, endpoint, "body:huge", Json(fields.Select(f => (f.Name, f == required ? "\"" + new string('h', 2 << 20) + "\"" : f.Valid))), null);
        foreach (var text in HostileValues.Malformed.Concat(HostileValues.Roots).Append(HostileValues.Deep).Append(HostileValues.DeepObject))
        {
            Add(context, endpoint, "body:malformed", text, null);
        }

        Add(context, endpoint, "body:empty", "", null);
        context.Add(Request(context, endpoint, "body:none", null, null) with { ContentType = null });
        var invalidUtf8 = Encoding.UTF8.GetBytes(Json(fields.Select(f => (f.Name, f == required ? "\"a\u0001b\"" : f.Valid))))
            .Select(b => b == 1 ? (byte)0xFF : b).ToArray();
        context.Add(Request(context, endpoint, "body:invalid-utf8", invalidUtf8, null));

        var valid = HostileContext.Utf8(Json(fields.Select(f => (f.Name, f.Valid))));
        foreach (var type in ContentTypes)
        {
            context.Add(Request(context, endpoint, "body:content-type", valid, null) with
            {
                Path = endpoint.PathFor(NotInA(context, endpoint)),
                ContentType = type,
                Late = endpoint.HostWide,
            });
        }
    }

    private static void Add(HostileContext context, HostileEndpoint endpoint, string kind, string json, string? field) =>
        context.Add(Request(context, endpoint, kind, HostileContext.Utf8(json), field));

    private static HostileRequest Request(HostileContext context, HostileEndpoint endpoint, string kind, byte[]? body, string? field) =>
        new(endpoint.Name, kind, HostileContext.Method(endpoint.Method),
            endpoint.PathFor(endpoint.Id == IdKind.None ? "" : Uri.EscapeDataString(context.RealIdA(endpoint))), context.KeyA(endpoint.Roles))
        {
            Body = body,
            ContentType = "application/json",
            Field = field,
            Mutating = endpoint.Mutating,
        };

    /// <summary>An id no object of tenant A has: one of B's, or an unknown one (a site PUT there would create it: the site list shows it).</summary>
    private static string NotInA(HostileContext context, HostileEndpoint endpoint) => endpoint.Id switch
    {
        IdKind.None => "",
        IdKind.RuleType => "nope",
        IdKind.Site => $"{context.A.Prefix}-ct-site",
        _ => HostileContext.Ids(context.B, endpoint.Id) is { Count: > 0 } ids ? Uri.EscapeDataString(context.Pick(ids)) : $"{context.A.Prefix}-none",
    };
}
