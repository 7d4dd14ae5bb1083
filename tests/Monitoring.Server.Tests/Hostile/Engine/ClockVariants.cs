namespace Monitoring.Tests.Shared.Hostile;

/// <summary>
/// Clock moves to the ends of time by a tenant's admin: the host clock belongs to the whole host, so
/// a tenant key must not move it (and no call may run for ever). Sent after the state is compared.
/// </summary>
internal static class ClockVariants
{
    private static readonly string[] Targets =
    [
        "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00-14:00", "2100-01-01T00:00:00Z",
    ];

    public static void Generate(HostileContext context)
    {
        foreach (var target in Targets)
        {
            foreach (var method in new[] { "POST", "PUT" })
            {
                context.Add(new($"{method} /api/v1/admin/clock", "clock:far", HostileContext.Method(method), "api/v1/admin/clock", context.KeyA("admin"))
                {
                    Body = HostileContext.Utf8("{\"now\":\"" + target + "\"}"),
                    ContentType = "application/json",
                    Mutating = true,
                    Late = true,
                });
            }
        }
    }
}
