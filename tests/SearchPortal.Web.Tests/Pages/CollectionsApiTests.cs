using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using SearchPortal.Web.Collections;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>
/// The collections JSON API end to end on the demo corpus: a real quotation and a real paragraph saved with the
/// citation 复制引用 gives, reordered, exported as .docx (read back with OpenXml) and .txt; another browser gets 404.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CollectionsApiTests(PortalFactory factory)
{
    private const string Quote = "上级对下级尤其是上级一把手对下级一把手的监督最管用、最有效。";
    private const string ParagraphStart = "二是自身有责任。";

    internal static async Task<(string Key, int Ordinal, string Text)> DemoMaterialAsync(HttpClient client)
    {
        using var quotes = JsonDocument.Parse(await client.GetStringAsync("/api/quotes?q=" + Uri.EscapeDataString("上级一把手对下级一把手的监督")));
        var hit = quotes.RootElement.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("text").GetString()!.StartsWith(Quote[..20], StringComparison.Ordinal));
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/documents/" + PortalFactory.SeedId));
        var p = doc.RootElement.GetProperty("paragraphs").EnumerateArray().First(x => x.GetProperty("text").GetString()!.StartsWith(ParagraphStart, StringComparison.Ordinal));
        return (hit.GetProperty("key").GetString()!, p.GetProperty("ordinal").GetInt32(), p.GetProperty("text").GetString()!);
    }

    [Fact]
    public async Task A_quotation_and_a_paragraph_are_saved_reordered_and_exported_with_their_citations()
    {
        var client = factory.CreateClient();
        var (key, ordinal, text) = await DemoMaterialAsync(client);

        var created = await client.PostAsJsonAsync("/api/collections", new { name = "政治谈话素材" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Contains(created.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CollectionOwner.CookieName + "=", StringComparison.Ordinal) && c.Contains("httponly") && c.Contains("samesite=lax"));

        var quote = await (await client.PostAsJsonAsync($"/api/collections/{id}/items", new { kind = "quote", key })).Content.ReadFromJsonAsync<JsonElement>();
        var para = await client.PostAsJsonAsync($"/api/collections/{id}/items", new { kind = "paragraph", document_id = PortalFactory.SeedId, paragraph = ordinal });
        Assert.Equal(HttpStatusCode.Created, para.StatusCode);
        var paragraph = await para.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("习近平总书记指出：“" + Quote + "”", quote.GetProperty("text").GetString());
        Assert.Equal(text.Trim(), paragraph.GetProperty("text").GetString());
        Assert.Equal(ordinal, paragraph.GetProperty("paragraph").GetInt32());
        // The citation is the one 复制引用 copies for that paragraph on the document page, after the quoted text.
        var (_, page) = await client.GetPageAsync("/documents/" + PortalFactory.SeedId);
        var copied = page.QuerySelector($"#p-{ordinal} [data-cite]")!.GetAttribute("data-cite")!;
        Assert.Equal("“" + text.Trim() + "”" + paragraph.GetProperty("citation").GetString(), copied);
        Assert.StartsWith("（《副县长在集体政治谈话会上的讲话稿》", quote.GetProperty("citation").GetString());

        // Reorder: the paragraph first.
        var order = new[] { paragraph.GetProperty("id").GetInt64(), quote.GetProperty("id").GetInt64() };
        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsJsonAsync($"/api/collections/{id}/order", new { items = order })).StatusCode);
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/collections/{id}");
        Assert.Equal(order, detail.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));

        // Word: a title, then each item followed by its citation, in the new order, with a Chinese font.
        var docx = await client.GetAsync($"/api/collections/{id}/export?format=docx");
        Assert.Equal(CollectionFiles.DocxType, docx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("政治谈话素材.docx", docx.Content.Headers.ContentDisposition!.FileNameStar);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var paragraphs = word.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();
            string Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
            Assert.Equal(5, paragraphs.Count);
            Assert.Equal(("Title", "政治谈话素材"), (Style(paragraphs[0]), paragraphs[0].InnerText));
            Assert.Equal(text.Trim(), paragraphs[1].InnerText);
            Assert.Equal((CollectionDocxWriter.CitationStyle, paragraph.GetProperty("citation").GetString()), (Style(paragraphs[2]), paragraphs[2].InnerText));
            Assert.Equal("习近平总书记指出：“" + Quote + "”", paragraphs[3].InnerText);
            Assert.Equal(quote.GetProperty("citation").GetString(), paragraphs[4].InnerText);
            var fonts = word.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
            Assert.Equal("宋体", fonts.EastAsia!.Value);
            // Valid against the Office schema, so Word opens it without a repair prompt.
            Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => e.Description));
        }

        var txt = await client.GetAsync($"/api/collections/{id}/export?format=txt");
        var plain = Encoding.UTF8.GetString(await txt.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.Equal("政治谈话素材\r\n\r\n" + text.Trim() + "\r\n" + paragraph.GetProperty("citation").GetString() + "\r\n\r\n"
                     + "习近平总书记指出：“" + Quote + "”\r\n" + quote.GetProperty("citation").GetString() + "\r\n\r\n", plain);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/collections/{id}/export?format=pdf")).StatusCode);
    }

    [Fact]
    public async Task Another_browser_gets_404_for_every_endpoint_of_a_collection_it_does_not_own()
    {
        var owner = factory.CreateClient();
        var (key, _, _) = await DemoMaterialAsync(owner);
        var id = (await (await owner.PostAsJsonAsync("/api/collections", new { name = "我的" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var item = (await (await owner.PostAsJsonAsync($"/api/collections/{id}/items", new { kind = "quote", key })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var other = factory.CreateClient();
        Assert.DoesNotContain(id, (await other.GetFromJsonAsync<JsonElement>("/api/collections")).GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
        var attempts = new (string Name, Task<HttpResponseMessage> Call)[]
        {
            ("get", other.GetAsync($"/api/collections/{id}")),
            ("rename", other.PutAsJsonAsync($"/api/collections/{id}", new { name = "抢来的" })),
            ("add", other.PostAsJsonAsync($"/api/collections/{id}/items", new { kind = "quote", key })),
            ("order", other.PutAsJsonAsync($"/api/collections/{id}/order", new { items = new[] { item } })),
            ("export", other.GetAsync($"/api/collections/{id}/export?format=txt")),
            ("remove", other.DeleteAsync($"/api/collections/{id}/items/{item}")),
            ("delete", other.DeleteAsync($"/api/collections/{id}")),
            ("page", other.GetAsync($"/collections/{id}")),
        };
        foreach (var (name, call) in attempts) Assert.True((await call).StatusCode == HttpStatusCode.NotFound, name);

        var mine = await owner.GetFromJsonAsync<JsonElement>($"/api/collections/{id}");
        Assert.Equal("我的", mine.GetProperty("name").GetString());
        Assert.Single(mine.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_chinese_message()
    {
        var client = factory.CreateClient();
        var blank = await client.PostAsJsonAsync("/api/collections", new { name = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal("请填写收藏夹名称。", (await blank.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        var id = (await (await client.PostAsJsonAsync("/api/collections", new { name = "素材" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsJsonAsync($"/api/collections/{id}", new { name = " 政治谈话\n素材 " })).StatusCode);
        Assert.Equal("政治谈话 素材", (await client.GetFromJsonAsync<JsonElement>($"/api/collections/{id}")).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PutAsJsonAsync($"/api/collections/{id}", new { name = "" })).StatusCode);
        var missing = await client.PostAsJsonAsync($"/api/collections/{id}/items", new { kind = "paragraph", document_id = PortalFactory.SeedId, paragraph = 99999 });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.StartsWith("找不到要收藏的段落或引文", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        var wrongOrder = await client.PutAsJsonAsync($"/api/collections/{id}/order", new { items = new[] { 1, 2, 3 } });
        Assert.Equal(HttpStatusCode.BadRequest, wrongOrder.StatusCode);
        Assert.Contains("每一条", (await wrongOrder.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        // A form post to the JSON API (what a cross-site form could send) is refused.
        var form = await client.PostAsync("/api/collections", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "跨站" }));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
    }
}
