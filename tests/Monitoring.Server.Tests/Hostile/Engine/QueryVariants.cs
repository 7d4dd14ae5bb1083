namespace Monitoring.Tests.Shared.Hostile;

/// <summary>Query values out of range or malformed, repeated parameters, and another tenant's ids as filters.</summary>
internal static class QueryVariants
{
    public static void Generate(HostileContext context, HostileEndpoint endpoint)
    {
        if (endpoint.Query.Length == 0)
        {
            return;
        }

        var path = endpoint.Id == IdKind.None ? endpoint.PathFor("") : endpoint.PathFor(context.RealIdA(endpoint));
        foreach (var (name, values) in endpoint.Query)
        {
            foreach (var value in values)
            {
                Add(context, endpoint, "query:" + name, $"{path}?{name}={value}");
            }

            Add(context, endpoint, "query:repeated", $"{path}?{name}={context.Pick(values)}&{name}={context.Pick(values)}");
            Add(context, endpoint, "query:empty", $"{path}?{name}=");
            Add(context, endpoint, "query:no-value", $"{path}?{name}");
        }

        foreach (var filter in new[] { "siteId", "guardId" }.Where(f => endpoint.Query.Any(q => q.Name == f)))
        {
            var ids = filter == "siteId" ? context.B.Sites : context.B.Guards;
            foreach (var id in ids)
            {
                Add(context, endpoint, "query:other-tenant-filter", $"{path}?{filter}={Uri.EscapeDataString(id)}");
            }
        }

        Add(context, endpoint, "query:all-bad", $"{path}?{AllBad(context, endpoint)}");
        Add(context, endpoint, "query:unknown-parameters", $"{path}?zzz=1&%00=%00&{new string('p', 3000)}=1&__proto__=x");
    }

    // Kestrel refuses a request line over 8 KiB before any of our code runs (a bare 414), so the
    // combination keeps under that: a parameter whose pick would cross it takes a short bad value.
    private static string AllBad(HostileContext context, HostileEndpoint endpoint)
    {
        const int Budget = 7000;
        var parts = new List<string>();
        var length = 0;
        foreach (var (name, values) in endpoint.Query)
        {
            var value = context.Pick(values);
            if (length + value.Length > Budget)
            {
                var shorter = values.Where(v => v.Length <= 100).ToArray();
                value = shorter.Length > 0 ? context.Pick(shorter) : "%00";
            }

            parts.Add($"{name}={value}");
            length += name.Length + value.Length + 2;
        }

        return string.Join('&', parts);
    }

    private static void Add(HostileContext context, HostileEndpoint endpoint, string kind, string path) =>
        context.Add(new(endpoint.Name, kind, HostileContext.Method(endpoint.Method), path, context.KeyA(endpoint.Roles))
        {
            Mutating = endpoint.Mutating,
        });
}
