namespace Monitoring.Server.Audit;

/// <summary>
/// What the audit filter needs to know of one endpoint: the resource kind it changes, whether it
/// creates (no "before"; the id comes from the answer), whether the change is host-wide (no
/// tenant), and, when the resource's GET is not on the same route, how to read it.
/// </summary>
internal sealed record AuditedEndpoint(string Resource, bool Creates, bool HostWide, AuditReader? Read);

/// <summary>Reads the resource an audited request is about to change, as JSON, or null when it does not exist.</summary>
internal delegate Task<object?> AuditReader(EndpointFilterInvocationContext context);
