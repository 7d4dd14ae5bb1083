namespace Monitoring.Tests.Shared.Hostile;

/// <summary>All hostile requests for one run, in a seeded order: the same seed gives the same requests.</summary>
internal static class HostileGenerator
{
    public static IReadOnlyList<HostileRequest> Generate(HostileTarget target, SeededTenant a, SeededTenant b, DateTimeOffset now, int seed)
    {
        var context = new HostileContext(target, a, b, now, seed);
        foreach (var endpoint in HostileEndpoints.All)
        {
            AuthVariants.Generate(context, endpoint);
            IdVariants.Generate(context, endpoint);
            QueryVariants.Generate(context, endpoint);
            BodyVariants.Generate(context, endpoint);
        }

        TelemetryVariants.Generate(context);
        ClockVariants.Generate(context);
        foreach (var (method, path) in HostileEndpoints.Unrouted)
        {
            context.Add(new("(no route)", "route:unknown", HostileContext.Method(method), path, context.KeyA("admin")));
        }

        var requests = context.Requests;
        for (var i = requests.Count - 1; i > 0; i--)
        {
            var j = context.Random.Next(i + 1);
            (requests[i], requests[j]) = (requests[j], requests[i]);
        }

        return requests;
    }
}
