using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Monitoring.Grains.Scheduling;
using Monitoring.Grains.Storage.Audit;
using Monitoring.Server.Auth;

namespace Monitoring.Server.Audit;

/// <summary>
/// Records an audited endpoint's change: reads the resource before the handler runs, and when the
/// answer is a success, stores who, what, before (that read) and after (the answer's body, or
/// nothing for a deletion), at the host clock. A refused request (any 4xx) changed nothing and
/// leaves no record.
/// </summary>
internal static class AuditFilter
{
    public static async ValueTask<object?> InvokeAsync(AuditedEndpoint audited, EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        string? before = null;
        if (!audited.Creates)
        {
            before = audited.Read is { } read ? Serialize(await read(context), json) : await ResourceReader.ReadAsync(http);
        }

        var result = await next(context);
        var (status, value) = Unwrap(result);
        if (status is < 200 or > 299)
        {
            return result;
        }

        var after = Serialize(value, json);
        var user = http.User;
        await http.RequestServices.GetRequiredService<IAuditLog>().AppendAsync(new AuditRecord
        {
            Tenant = audited.HostWide ? "" : user.Tenant(),
            At = http.RequestServices.GetRequiredService<MonitoringClock>().GetUtcNow(),
            Actor = Actor.Credential(user),
            KeyId = user.Subject() is null ? user.FindFirstValue(Roles.KeyIdClaim) : null,
            Subject = user.Subject(),
            Method = http.Request.Method,
            Resource = audited.Resource,
            ResourceId = ResourceId(http, audited, after),
            Path = http.Request.Path.Value ?? "",
            Status = status,
            Before = before,
            After = after,
        });
        return result;
    }

    private static (int Status, object? Value) Unwrap(object? result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }

        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        return (status, (result as IValueHttpResult)?.Value);
    }

    private static string? Serialize(object? value, JsonSerializerOptions json) => value switch
    {
        null => null,
        string text => text,
        _ => JsonSerializer.Serialize(value, value.GetType(), json),
    };

    // The route's id (siteId, contactId, ...), or for a creation the id the answer carries (silenceId).
    private static string? ResourceId(HttpContext http, AuditedEndpoint audited, string? after)
    {
        if (http.Request.RouteValues.Values.OfType<string>().FirstOrDefault() is { } routeId)
        {
            return routeId;
        }

        if (after is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(after);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty(audited.Resource + "Id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
    }
}
