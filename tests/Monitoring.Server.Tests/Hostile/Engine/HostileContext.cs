using System.Text;

namespace Monitoring.Tests.Shared.Hostile;

/// <summary>What the variant generators share: the seeded random source, the two tenants, the keys, and the growing list.</summary>
internal sealed class HostileContext(HostileTarget target, SeededTenant a, SeededTenant b, DateTimeOffset now, int seed)
{
    /// <summary>The host clock while the requests run (it stands still).</summary>
    public DateTimeOffset Now { get; } = now;

    public Random Random { get; } = new(seed);

    public SeededTenant A { get; } = a;

    public SeededTenant B { get; } = b;

    public List<HostileRequest> Requests { get; } = [];

    /// <summary>A key of tenant A with one of <paramref name="roles"/>, drawn at random (none for anonymous endpoints).</summary>
    public string? KeyA(string[]? roles) => roles is null ? null : target.Key(HostileTarget.TenantA, Pick(roles));

    public string KeyA(string role) => target.Key(HostileTarget.TenantA, role);

    public string KeyB(string role) => target.Key(HostileTarget.TenantB, role);

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>The ids of <paramref name="kind"/> a tenant holds (rule types: the same for every tenant).</summary>
    public static IReadOnlyList<string> Ids(SeededTenant tenant, IdKind kind) => kind switch
    {
        IdKind.Site => tenant.Sites,
        IdKind.Guard => tenant.Guards,
        IdKind.Device => tenant.Devices,
        IdKind.Alert => tenant.Alerts,
        IdKind.Ticket => tenant.Tickets,
        IdKind.Incident => tenant.Incidents,
        IdKind.Contact => tenant.Contacts,
        IdKind.Route => tenant.Routes,
        IdKind.Silence => tenant.Silences,
        IdKind.Inhibition => tenant.Inhibitions,
        IdKind.RuleType => ["battery_low", "poor_signal", "device_offline"],
        _ => [],
    };

    /// <summary>One of tenant A's ids of the endpoint's kind, or a plausible one when A has none.</summary>
    public string RealIdA(HostileEndpoint endpoint) =>
        Ids(A, endpoint.Id) is { Count: > 0 } ids ? Pick(ids) : $"{A.Prefix}-none";

    public void Add(HostileRequest request) => Requests.Add(request);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static HttpMethod Method(string name) => new(name);
}
