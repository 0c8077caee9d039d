using System.Security.Claims;
using Microsoft.Extensions.Options;
using SearchPortal.Core.Configuration;

namespace SearchPortal.Web.Security;

/// <summary>
/// The one mapping from a request's user to the <see cref="AccessScope"/> every engine call carries: an admin
/// (<see cref="PortalClaims.AdminRole"/>) sees everything; any other signed-in user sees 公开, 内部 and the 限定 documents
/// of their groups (<see cref="PortalClaims.Group"/> claims); an anonymous visitor sees 公开 documents, or nothing when
/// SearchPortal:Access:Anonymous is <c>none</c> (the sign-in redirect for that case is the accounts' business).
/// </summary>
public sealed class AccessScopeResolver(IOptions<SearchPortalOptions> options)
{
    private readonly bool _anonymousSeesNothing = options.Value.Access.Anonymous == AccessOptions.AnonymousNone;

    public AccessScope Resolve(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return _anonymousSeesNothing ? AccessScope.Nobody : AccessScope.Anonymous;
        if (user.IsInRole(PortalClaims.AdminRole)) return AccessScope.Everything;
        return AccessScope.SignedIn(user.FindAll(PortalClaims.Group).Select(c => c.Value));
    }
}

/// <summary>The scope of the current request, resolved once per request.</summary>
public static class AccessScopeHttpContextExtensions
{
    private static readonly object ItemKey = new();

    public static AccessScope AccessScope(this HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var known) && known is AccessScope scope) return scope;
        scope = context.RequestServices.GetRequiredService<AccessScopeResolver>().Resolve(context.User);
        context.Items[ItemKey] = scope;
        return scope;
    }
}
