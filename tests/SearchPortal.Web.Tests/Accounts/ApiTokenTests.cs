using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SearchPortal.Web.Tests.Accounts;

/// <summary>The JSON API with "Authorization: Bearer TOKEN": accepted for an enabled user, 401 JSON otherwise.</summary>
[Collection(AccountsCollection.Name)]
public sealed class ApiTokenTests(AccountsFactory site)
{
    private const string Query = "/api/search?q=%E7%BA%AA%E5%BE%8B"; // 纪律

    private HttpRequestMessage Search(string token) =>
        new(HttpMethod.Get, Query) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };

    [Fact]
    public async Task A_valid_token_searches_as_its_user()
    {
        await site.CreateUserAsync("script-user", "token-user-2024", "reader");
        var token = await site.IssueTokenAsync("script-user");

        var response = await site.Browser().SendAsync(Search(token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 0);
        Assert.NotEmpty(await site.AuditRowsAsync(r => r.User == "script-user" && r.Action == "search" && r.Subject == "纪律"));
    }

    [Theory]
    [InlineData("sp_not-a-token-at-all")]
    [InlineData("garbage")]
    public async Task A_wrong_token_is_401_json_even_though_anonymous_visitors_may_search(string token)
    {
        var response = await site.Browser().SendAsync(Search(token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("令牌", json.RootElement.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, (await site.Browser().GetAsync(Query)).StatusCode); // without a token: public
    }

    [Fact]
    public async Task Disabling_the_user_revokes_the_token()
    {
        await site.CreateUserAsync("leaver", "token-user-2024", "editor");
        var token = await site.IssueTokenAsync("leaver");
        Assert.Equal(HttpStatusCode.OK, (await site.Browser().SendAsync(Search(token))).StatusCode);

        await site.DisableAsync("leaver");

        Assert.Equal(HttpStatusCode.Unauthorized, (await site.Browser().SendAsync(Search(token))).StatusCode);
    }

    [Fact]
    public async Task An_admin_token_opens_the_admin_pages_and_a_reader_token_does_not()
    {
        await site.CreateUserAsync("token-admin", "token-user-2024", "admin");
        await site.CreateUserAsync("token-reader", "token-user-2024", "reader");
        var admin = new HttpRequestMessage(HttpMethod.Get, "/admin/users")
            { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", await site.IssueTokenAsync("token-admin")) } };
        var reader = new HttpRequestMessage(HttpMethod.Get, "/admin/users")
            { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", await site.IssueTokenAsync("token-reader")) } };

        Assert.Equal(HttpStatusCode.OK, (await site.Browser().SendAsync(admin)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site.Browser().SendAsync(reader)).StatusCode);
    }
}
