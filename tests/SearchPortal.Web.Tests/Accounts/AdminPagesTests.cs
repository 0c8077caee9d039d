using System.Net;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Accounts;

/// <summary>/admin/* is for admins: anonymous visitors are sent to sign in, other roles get 403.</summary>
[Collection(AccountsCollection.Name)]
public sealed class AdminPagesTests(AccountsFactory site)
{
    private const string Password = "admin-pages-2024";

    [Theory]
    [InlineData("/admin/audit")]
    [InlineData("/admin/users")]
    public async Task Anonymous_visitors_are_sent_to_the_sign_in_page(string path)
    {
        var response = await site.Browser().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin?returnUrl=" + Uri.EscapeDataString(path), response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("reader")]
    [InlineData("editor")]
    public async Task Readers_and_editors_get_403(string role)
    {
        var session = new SignInSession(site.Browser());
        await site.CreateUserAsync("admin-page-" + role, Password, role);
        await session.SignInAsync("admin-page-" + role, Password);

        var (response, page) = await session.Client.GetPageAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("没有权限", page.QuerySelector(".error-page h1")!.TextContent);
        Assert.Null(page.QuerySelector(".user-menu a[href='/admin/audit']"));
    }

    [Fact]
    public async Task An_admin_sees_the_log_filtered_by_user_and_action_and_the_account_list()
    {
        var session = new SignInSession(site.Browser());
        await site.CreateUserAsync("审计员", Password, "admin", "监督室");
        await session.SignInAsync("审计员", Password);
        await session.Client.GetAsync("/search?q=" + Uri.EscapeDataString("巡察整改"));
        await site.AuditRowsAsync(r => r.User == "审计员" && r.Subject == "巡察整改");

        var (response, page) = await session.Client.GetPageAsync("/admin/audit?user=" + Uri.EscapeDataString("审计员") + "&action=search");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll(".admin-table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToList()).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(("审计员", "检索"), (r[1], r[2])));
        Assert.Contains(rows, r => r[3] == "巡察整改");
        Assert.NotNull(page.QuerySelector(".user-menu a[href='/admin/audit']"));

        var (_, none) = await session.Client.GetPageAsync("/admin/audit?user=" + Uri.EscapeDataString("审计员") + "&action=export");
        Assert.Empty(none.QuerySelectorAll(".admin-table tbody tr"));

        var (_, users) = await session.Client.GetPageAsync("/admin/users");
        var me = users.QuerySelectorAll(".admin-table tbody tr").Single(r => r.QuerySelector("td")!.TextContent == "审计员");
        Assert.Equal("admin", me.QuerySelectorAll("td")[1].TextContent);
        Assert.Equal("监督室", me.QuerySelectorAll("td")[2].TextContent);
    }

    [Fact]
    public async Task An_admin_disables_a_user_from_the_accounts_page()
    {
        await site.CreateUserAsync("to-disable", Password, "reader");
        await site.CreateUserAsync("disabler", Password, "admin");
        var session = new SignInSession(site.Browser());
        await session.SignInAsync("disabler", Password);
        var (_, users) = await session.Client.GetPageAsync("/admin/users");
        var form = users.QuerySelectorAll(".admin-table form").Single(f => f.QuerySelector("input[name=name]")!.GetAttribute("value") == "to-disable");
        var fields = form.QuerySelectorAll("input").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");

        var response = await session.Client.PostAsync("/admin/users/disable", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var signIn = await new SignInSession(site.Browser()).SignInAsync("to-disable", Password);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode); // the form again, not a redirect
    }
}
