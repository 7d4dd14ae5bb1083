using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Server.Audit;
using Monitoring.Server.Tests.Fixtures;

namespace Monitoring.Server.Tests.Audit;

/// <summary>Every endpoint that changes something with the admin or system role is audited: a new one cannot forget it.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuditCoverageTests(ApiHostFixture host)
{
    private static readonly string[] AdminPolicies = ["admin", "system"];

    [Fact]
    public void AdminChanges_EveryEndpoint_IsAudited()
    {
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { } methods && !methods.Contains(HttpMethods.Get))
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => AdminPolicies.Contains(a.Policy)))
            .ToList();

        var unaudited = endpoints.Where(e => e.Metadata.GetMetadata<AuditedEndpoint>() is null).Select(e => e.DisplayName).ToList();

        Assert.True(endpoints.Count >= 12, $"only {endpoints.Count} admin endpoints found");
        Assert.True(unaudited.Count == 0, "Admin changes without .Audited(...):\n" + string.Join('\n', unaudited));
    }
}
