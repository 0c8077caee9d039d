using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>
/// Three users — anonymous, a (group 纪检), b (group 审计) — and all three levels (AccessCorpus/access.txt: speeches
/// 内部, the 2024 edition of 国务院关于经营者集中申报标准的规定 限定:纪检, the Q&amp;As 限定:审计, a front-matter override
/// 限定:纪检,审计) across every endpoint: counts, facets, and 404 for what a user may not see.
/// </summary>
[Collection(AccessPortalCollection.Name)]
public sealed class AccessLevelTests(AccessPortalFactory factory)
{
    private const string Speech = PortalFactory.SeedId; // 内部
    private const string Old = "regulations/国务院关于经营者集中申报标准的规定(2018-09-18).md"; // 公开
    private const string Current = "regulations/国务院关于经营者集中申报标准的规定(2024-01-22).md"; // 限定:纪检
    private const string Qa = "qa/怎样撰写政治生态分析报告.md"; // 限定:审计
    private const string Override = "restricted/巡察整改专报.md"; // front matter 限定:纪检,审计
    private const string QaSentence = "政治生态分析研判，关键在平常、日常、经常。";
    private const string TalkQuote = "谈心谈话"; // a quotation used only in the seed speech

    private static readonly string?[] Users = [null, "a", "b"];

    private static string Path(string id) => string.Join("/", id.Split('/').Select(Uri.EscapeDataString));

    private async Task<JsonElement> Json(string? user, string url)
    {
        var response = await factory.ClientFor(user).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private async Task<HttpStatusCode> Status(string? user, string url) => (await factory.ClientFor(user).GetAsync(url)).StatusCode;

    private static List<string> Ids(JsonElement hits) => hits.EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();

    private static int FacetSum(JsonElement response, string facet) =>
        response.GetProperty("facets").GetProperty(facet).EnumerateArray().Sum(v => v.GetProperty("count").GetInt32());

    [Fact]
    public async Task Search_totals_hits_and_facet_counts_follow_the_user()
    {
        var totals = new Dictionary<string, int>();
        foreach (var user in Users)
        {
            var r = await Json(user, "/api/search?q=" + Uri.EscapeDataString("整改") + "&size=50");
            var ids = Ids(r.GetProperty("hits"));
            Assert.Equal(r.GetProperty("total").GetInt32(), FacetSum(r, "type")); // every document has one type
            Assert.Equal(user != null, ids.Any(id => id.StartsWith("speeches/")));
            Assert.Equal(user == "b", ids.Any(id => id.StartsWith("qa/")));
            Assert.Equal(user != null, ids.Contains(Override));
            totals[user ?? "anonymous"] = r.GetProperty("total").GetInt32();

            // Drill-sideways: with a type selected, the type facet still counts only this user's documents.
            var drilled = await Json(user, "/api/search?q=" + Uri.EscapeDataString("整改") + "&type=" + Uri.EscapeDataString("讲话"));
            Assert.Equal(FacetSum(r, "type"), FacetSum(drilled, "type"));
        }
        Assert.True(totals["anonymous"] < totals["a"] && totals["anonymous"] < totals["b"]);

        // The results page shows the same counts.
        foreach (var user in Users)
        {
            var (response, page) = await factory.ClientFor(user).GetPageAsync("/search?q=" + Uri.EscapeDataString("整改"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(totals[user ?? "anonymous"], page.Total());
        }
    }

    [Fact]
    public async Task A_hidden_regulation_edition_is_404_everywhere_and_left_out_of_the_editions_list()
    {
        foreach (var user in Users)
        {
            var expected = user == "a" ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            Assert.Equal(expected, await Status(user, "/documents/" + Path(Current)));
            Assert.Equal(expected, await Status(user, "/api/documents/" + Path(Current)));
            Assert.Equal(expected, await Status(user, "/api/documents/" + Path(Current) + "/similar"));
            Assert.Equal(expected, await Status(user, "/api/similar?id=" + Uri.EscapeDataString(Current)));
            Assert.Equal(expected, await Status(user, $"/compare?a={Uri.EscapeDataString(Old)}&b={Uri.EscapeDataString(Current)}"));
            Assert.Equal(expected, await Status(user, $"/api/compare?a={Uri.EscapeDataString(Old)}&b={Uri.EscapeDataString(Current)}"));

            var old = await Json(user, "/api/documents/" + Path(Old));
            var editions = old.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
            Assert.Equal(user == "a" ? [Old, Current] : [Old], editions);
            var similar = await Json(user, "/api/similar?id=" + Uri.EscapeDataString(Old) + "&count=20");
            if (user != "a") Assert.DoesNotContain(Current, Ids(similar.GetProperty("similar")));

            // The old edition's page does not name the hidden edition.
            var html = await factory.ClientFor(user).GetStringAsync("/documents/" + Path(Old));
            Assert.Equal(user == "a", html.Contains("2024-01-22"));
        }
    }

    [Fact]
    public async Task Internal_group_and_front_matter_levels_open_only_for_their_users()
    {
        foreach (var (id, allowed) in new[] { (Speech, new[] { "a", "b" }), (Qa, ["b"]), (Override, ["a", "b"]) })
            foreach (var user in Users)
            {
                var expected = user != null && allowed.Contains(user) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                Assert.Equal(expected, await Status(user, "/documents/" + Path(id)));
                Assert.Equal(expected, await Status(user, "/api/documents/" + Path(id)));
            }
        // The error page for a hidden document is the not-found page, word for word.
        var missing = await factory.ClientFor(null).GetAsync("/documents/no/such-document.md");
        var hidden = await factory.ClientFor(null).GetAsync("/documents/" + Path(Qa));
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await hidden.Content.ReadAsStringAsync());
        var missingJson = await factory.ClientFor(null).GetAsync("/api/documents/no/such-document.md");
        var hiddenJson = await factory.ClientFor(null).GetAsync("/api/documents/" + Path(Qa));
        Assert.Equal(await missingJson.Content.ReadAsStringAsync(), await hiddenJson.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Quotations_of_hidden_documents_are_neither_found_nor_counted()
    {
        foreach (var user in Users)
        {
            var r = await Json(user, "/api/quotes?q=" + Uri.EscapeDataString(TalkQuote));
            Assert.Equal(user == null ? 0 : 1, r.GetProperty("total").GetInt32());
            var all = await Json(user, "/api/quotes?size=50");
            Assert.Equal(all.GetProperty("total").GetInt32(), FacetSum(all, "kind"));
            Assert.All(all.GetProperty("hits").EnumerateArray(), h => Assert.All(h.GetProperty("sources").EnumerateArray(),
                s => Assert.True(user != null || !s.GetProperty("id").GetString()!.StartsWith("speeches/"))));
            var page = await factory.ClientFor(user).GetStringAsync("/quotes?q=" + Uri.EscapeDataString(TalkQuote));
            Assert.Equal(user != null, page.Contains("同志式的谈心谈话"));
        }
        var key = (await Json("a", "/api/quotes?q=" + Uri.EscapeDataString(TalkQuote))).GetProperty("hits")[0].GetProperty("key").GetString()!;
        Assert.Equal(HttpStatusCode.NotFound, await Status(null, "/api/quotes/" + Uri.EscapeDataString(key)));
        Assert.Equal(HttpStatusCode.NotFound, await Status(null, "/quotes/" + Uri.EscapeDataString(key)));
        Assert.Equal(HttpStatusCode.OK, await Status("b", "/api/quotes/" + Uri.EscapeDataString(key)));
    }

    [Fact]
    public async Task Suggestions_never_name_a_hidden_title()
    {
        foreach (var user in Users)
        {
            var list = (await Json(user, "/api/suggest?q=" + Uri.EscapeDataString("怎样撰写政治生态"))).GetProperty("suggestions");
            Assert.Equal(user == "b", list.EnumerateArray().Any(s => s.GetProperty("id").GetString() == Qa));
            var editions = (await Json(user, "/api/suggest?q=" + Uri.EscapeDataString("国务院关于经营者集中"))).GetProperty("suggestions");
            var ids = editions.EnumerateArray().Where(s => s.GetProperty("kind").GetString() == "title").Select(s => s.GetProperty("id").GetString()).ToList();
            Assert.Equal(user == "a" ? Current : Old, Assert.Single(ids));
        }
    }

    [Fact]
    public async Task The_reuse_check_cites_only_documents_the_user_may_see()
    {
        foreach (var user in Users)
        {
            var client = factory.ClientFor(user);
            var api = await client.PostAsync("/api/reuse", JsonContent(QaSentence));
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
            using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
            var sources = json.RootElement.GetProperty("segments").EnumerateArray()
                .SelectMany(s => s.GetProperty("sources").EnumerateArray()).Select(s => s.GetProperty("id").GetString()).ToList();
            Assert.Equal(user == "b", sources.Contains(Qa));
            Assert.Equal(user == "b" ? 1 : 0, json.RootElement.GetProperty("segments").GetArrayLength());

            var form = await client.GetStringAsync("/reuse");
            var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            var page = await client.PostAsync("/reuse", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["text"] = QaSentence,
                ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(user == "b", (await page.Content.ReadAsStringAsync()).Contains("怎样撰写政治生态分析报告"));
        }
    }

    [Fact]
    public async Task Statistics_count_only_visible_documents()
    {
        var counts = new Dictionary<string, int>();
        foreach (var user in new[] { null, "a", "b", "reader", "admin" })
            counts[user ?? "anonymous"] = (await Json(user, "/healthz")).GetProperty("documents").GetInt32();
        Assert.True(counts["anonymous"] < counts["reader"]);
        Assert.True(counts["reader"] < counts["a"] && counts["reader"] < counts["b"]);
        Assert.True(counts["a"] < counts["admin"] && counts["b"] < counts["admin"]);
        var home = await factory.ClientFor(null).GetStringAsync("/");
        Assert.Contains($"<dd>{counts["anonymous"]:N0}</dd>", home);
    }

    [Fact]
    public async Task A_cached_page_never_reaches_a_user_with_another_scope()
    {
        const string url = "/api/search?q=%E6%95%B4%E6%94%B9&size=50"; // 整改
        var anonymous = (await Json(null, url)).GetProperty("total").GetInt32();
        var a = (await Json("a", url)).GetProperty("total").GetInt32();
        Assert.True(a > anonymous);
        Assert.Equal(anonymous, (await Json(null, url)).GetProperty("total").GetInt32());
        Assert.Equal(a, (await Json("a", url)).GetProperty("total").GetInt32());
        Assert.True((await Json("b", url)).GetProperty("total").GetInt32() > anonymous);
    }

    private static StringContent JsonContent(string text) =>
        new(JsonSerializer.Serialize(new { text }), System.Text.Encoding.UTF8, "application/json");
}

/// <summary>SearchPortal:Access:Anonymous = none: an anonymous visitor finds nothing and opens nothing; a signed-in user is unaffected.</summary>
public sealed class AnonymousNoneTests : IClassFixture<NoAnonymousPortalFactory>
{
    private readonly NoAnonymousPortalFactory _factory;
    public AnonymousNoneTests(NoAnonymousPortalFactory factory) => _factory = factory;

    [Fact]
    public async Task Anonymous_sees_nothing_and_signed_in_users_see_their_documents()
    {
        var anonymous = _factory.ClientFor(null);
        var search = await anonymous.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("纪律"));
        Assert.Contains("\"total\":0", search);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/documents/" + Uri.EscapeDataString("regulations/国务院关于经营者集中申报标准的规定(2018-09-18).md"))).StatusCode);
        Assert.Contains("\"suggestions\":[]", await anonymous.GetStringAsync("/api/suggest?q=" + Uri.EscapeDataString("国务院")));
        Assert.DoesNotContain("\"total\":0", await _factory.ClientFor("reader").GetStringAsync("/api/search?q=" + Uri.EscapeDataString("纪律")));
    }
}
