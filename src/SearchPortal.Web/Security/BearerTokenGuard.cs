using Microsoft.AspNetCore.Authentication;

namespace SearchPortal.Web.Security;

/// <summary>
/// A request that presents a Bearer token which does not authenticate gets 401 even where anonymous visitors are let
/// in: a script with a revoked token should fail loudly, not silently see what anonymous visitors see.
/// </summary>
public sealed class BearerTokenGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context) =>
        ApiTokenHandler.HasBearer(context.Request) && context.User.Identity?.IsAuthenticated != true
            ? context.ChallengeAsync(ApiTokenHandler.SchemeName)
            : next(context);
}
