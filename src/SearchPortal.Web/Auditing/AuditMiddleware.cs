using SearchPortal.Accounts.Auditing;

namespace SearchPortal.Web.Auditing;

/// <summary>
/// Records every request to an endpoint marked <see cref="AuditedAttribute"/> once it is answered: user, time, action,
/// subject, client address, status. Runs after authorization (a refused request did nothing to record) and before the
/// output cache. Recording is an in-memory enqueue; the database write happens in AuditWriter.
/// </summary>
public sealed class AuditMiddleware(RequestDelegate next, AuditQueue queue, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var audited = context.GetEndpoint()?.Metadata.GetMetadata<AuditedAttribute>();
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            // A request that failed was still asked for: recorded with 500 (what the error handler outside will answer),
            // and the exception goes on to that handler unchanged.
            failed = true;
            throw;
        }
        finally
        {
            if (audited != null && !(audited.OnlyWithQueryString && context.Request.Query.Count == 0))
                Record(context, audited, failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode);
        }
    }

    private void Record(HttpContext context, AuditedAttribute audited, int status) =>
        queue.Record(new AuditEvent(
            clock.GetUtcNow().UtcDateTime,
            context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name ?? "" : "",
            audited.Action,
            AuditSubject.Get(context) ?? Subject(context, audited),
            context.Connection.RemoteIpAddress?.ToString() ?? "",
            status));

    private static string Subject(HttpContext context, AuditedAttribute audited)
    {
        if (audited.Query != null && context.Request.Query.TryGetValue(audited.Query, out var q)) return q.ToString();
        if (audited.Route != null && context.GetRouteValue(audited.Route) is { } r) return r.ToString() ?? "";
        return "";
    }
}
