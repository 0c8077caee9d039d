using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Accounts.Auditing;
using SearchPortal.Accounts.Data;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Accounts;

/// <summary>Searches, document views and reuse checks leave a row each: who, when, what, from where.</summary>
[Collection(AccountsCollection.Name)]
public sealed class AuditTrailTests(AccountsFactory site)
{
    private const string Password = "audit-trail-2024";

    private async Task<SignInSession> SignedInAsync(string name)
    {
        await site.CreateUserAsync(name, Password, "reader");
        var session = new SignInSession(site.Browser());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(name, Password)).StatusCode);
        return session;
    }

    [Fact]
    public async Task A_search_page_is_recorded_with_user_query_and_client_and_so_is_a_repeat_served_from_cache()
    {
        var session = await SignedInAsync("searcher");
        var url = "/search?q=" + Uri.EscapeDataString("作风建设");
        await session.Client.GetAsync(url);
        await site.Browser().GetAsync(url); // anonymous, then again: the second may come from the output cache
        await site.Browser().GetAsync(url);

        var mine = Assert.Single(await site.AuditRowsAsync(r => r.User == "searcher"));
        Assert.Equal((AuditActions.Search, "作风建设", 200), (mine.Action, mine.Subject, mine.Status));
        Assert.Equal(AccountsFactory.ClientAddress.ToString(), mine.Client);
        Assert.InRange(mine.TimeUtc, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddSeconds(1));
        var anonymous = await site.AuditRowsAsync(r => r.User == "" && r.Subject == "作风建设", atLeast: 2);
        Assert.Equal(2, anonymous.Count);
    }

    [Fact]
    public async Task The_bare_search_form_is_not_a_search()
    {
        var session = await SignedInAsync("form-only");
        await session.Client.GetAsync("/search");
        await session.Client.GetAsync("/search?q=" + Uri.EscapeDataString("监督执纪"));
        var rows = await site.AuditRowsAsync(r => r.User == "form-only");
        Assert.Equal(["监督执纪"], rows.Select(r => r.Subject));
    }

    [Fact]
    public async Task A_document_view_and_a_missing_document_are_recorded_with_the_id_and_status()
    {
        var session = await SignedInAsync("reader-doc");
        await session.Client.GetAsync("/documents/" + PortalFactory.SeedId);
        await session.Client.GetAsync("/api/documents/" + PortalFactory.SeedId);
        await session.Client.GetAsync("/documents/speeches/none.txt");

        var rows = await site.AuditRowsAsync(r => r.User == "reader-doc", atLeast: 3);
        Assert.Equal(2, rows.Count(r => r is { Action: AuditActions.Document, Status: 200 } && r.Subject == PortalFactory.SeedId));
        Assert.Contains(rows, r => r is { Action: AuditActions.Document, Subject: "speeches/none.txt", Status: 404 });
    }

    [Fact]
    public async Task A_reuse_check_is_recorded_with_the_drafts_opening_and_length_not_the_whole_draft()
    {
        var session = await SignedInAsync("checker");
        var (_, page) = await session.Client.GetPageAsync("/reuse");
        var token = page.QuerySelector("form.reuse-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var draft = "要持之以恒正风肃纪，坚决纠治形式主义、官僚主义，" + new string('。', 10) + "全面从严治党永远在路上。";
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(draft), "text" } };
        Assert.Equal(HttpStatusCode.OK, (await session.Client.PostAsync("/reuse", form)).StatusCode);
        var api = new StringContent("{\"text\":\"全面从严治党永远在路上\"}", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await session.Client.PostAsync("/api/reuse", api)).StatusCode);

        var rows = await site.AuditRowsAsync(r => r.User == "checker", atLeast: 2);
        Assert.All(rows, r => Assert.Equal(AuditActions.Reuse, r.Action));
        Assert.Contains(rows, r => r.Subject == $"要持之以恒正风肃纪，坚决纠治形式主义、官僚主义，。。。。。。。。。。全面从严治党…（共 {draft.Length} 字）");
        Assert.DoesNotContain(rows, r => r.Subject.Contains("永远在路上。"));
        Assert.Contains(rows, r => r.Subject == "全面从严治党永远在路上（共 11 字）");
    }

    [Fact]
    public async Task The_log_refuses_updates_and_retention_deletes_only_old_rows()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Audit.AddRange(
            new AuditEntry { TimeUtc = DateTime.UtcNow.AddDays(-400), User = "old", Action = AuditActions.Search, Subject = "旧记录" },
            new AuditEntry { TimeUtc = DateTime.UtcNow.AddDays(-10), User = "old", Action = AuditActions.Search, Subject = "新记录" });
        await db.SaveChangesAsync();

        var update = await Assert.ThrowsAsync<SqliteException>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE AuditLog SET Subject = 'x' WHERE User = 'old'"));
        Assert.Contains("append-only", update.Message);

        var deleted = await scope.ServiceProvider.GetRequiredService<AuditSearch>().PurgeAsync(365, DateTime.UtcNow);
        Assert.Equal(1, deleted);
        Assert.Equal(["新记录"], await db.Audit.Where(a => a.User == "old").Select(a => a.Subject).ToListAsync());
    }
}
