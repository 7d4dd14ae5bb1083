namespace Monitoring.Server.Audit;

/// <summary>Marks an admin or configuration endpoint as audited (<see cref="AuditFilter"/>).</summary>
internal static class AuditExtensions
{
    /// <summary>
    /// Audits every change this endpoint makes. Before and after are the resource as its GET on the
    /// same route shows it (or as <paramref name="read"/> reads it), so secrets a GET masks stay
    /// masked in the log.
    /// </summary>
    public static RouteHandlerBuilder Audited(this RouteHandlerBuilder endpoint, string resource,
        bool creates = false, bool hostWide = false, AuditReader? read = null)
    {
        var audited = new AuditedEndpoint(resource, creates, hostWide, read);
        return endpoint.WithMetadata(audited).AddEndpointFilter((context, next) => AuditFilter.InvokeAsync(audited, context, next));
    }
}
