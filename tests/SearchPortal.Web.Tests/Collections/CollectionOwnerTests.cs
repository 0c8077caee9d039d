using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using SearchPortal.Web.Collections;

namespace SearchPortal.Web.Tests.Collections;

/// <summary>Whose collections a request reaches: the signed-in user's name, else this browser's cookie id.</summary>
public sealed class CollectionOwnerTests
{
    private static DefaultHttpContext Context(string? cookie = null, string? user = null)
    {
        var context = new DefaultHttpContext();
        if (cookie != null) context.Request.Headers.Cookie = $"{CollectionOwner.CookieName}={cookie}";
        if (user != null) context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user)], "test"));
        return context;
    }

    [Fact]
    public void A_signed_in_user_is_the_owner_by_name_and_gets_no_browser_cookie()
    {
        var context = Context(cookie: "0123456789abcdef0123456789abcdef", user: "张三");
        Assert.Equal("user:张三", CollectionOwner.Resolve(context));
        Assert.False(context.Response.Headers.ContainsKey("Set-Cookie"));
    }

    [Fact]
    public void A_new_browser_gets_one_random_id_per_request_and_a_known_one_keeps_it()
    {
        var context = Context();
        var owner = CollectionOwner.Resolve(context);
        Assert.Matches("^browser:[0-9a-f]{32}$", owner);
        Assert.Equal(owner, CollectionOwner.Resolve(context));   // asked twice: the same id
        var cookie = context.Response.Headers.SetCookie.Single()!;
        Assert.StartsWith($"{CollectionOwner.CookieName}={owner["browser:".Length..]};", cookie);
        Assert.NotEqual(owner, CollectionOwner.Resolve(Context())); // another browser: another id

        Assert.Equal("browser:0123456789abcdef0123456789abcdef", CollectionOwner.Resolve(Context("0123456789abcdef0123456789abcdef")));
        // A forged or malformed id is replaced, never used as an owner key.
        Assert.Matches("^browser:[0-9a-f]{32}$", CollectionOwner.Resolve(Context("user:张三")));
        Assert.NotEqual("browser:ABCDEF", CollectionOwner.Resolve(Context("ABCDEF")));
    }
}
