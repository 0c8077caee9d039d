using System.Text.Json;
using System.Text.RegularExpressions;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>
/// 同句 / 同段 on the site: the search form's 词语位置 choice and the API's within= parameter, over the index the site
/// built from tests/fixtures/corpus/ + TestCorpus/ (中国共产党组织处理规定（试行） is a real regulation whose articles are paragraphs).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class WithinSearchPageTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private static string Enc(string s) => Uri.EscapeDataString(s);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    private async Task<JsonElement> Api(string query)
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/search?size=50&" + query));
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task The_api_within_parameter_keeps_documents_with_both_words_in_one_paragraph_or_sentence()
    {
        var q = "q=" + Enc("组织处理 领导干部");
        var any = await Api(q);
        var paragraph = await Api(q + "&within=paragraph");
        var sentence = await Api(q + "&within=sentence");
        var anyTotal = any.GetProperty("total").GetInt32();
        var paragraphTotal = paragraph.GetProperty("total").GetInt32();
        var sentenceTotal = sentence.GetProperty("total").GetInt32();
        Assert.True(sentenceTotal > 0, "the regulation has both words in one sentence");
        Assert.True(sentenceTotal <= paragraphTotal && paragraphTotal <= anyTotal, $"{sentenceTotal} ≤ {paragraphTotal} ≤ {anyTotal}");
        Assert.Contains("同一段", paragraph.GetProperty("notice").GetString());
        Assert.Contains("同一句", sentence.GetProperty("notice").GetString());
        Assert.Contains(sentence.GetProperty("hits").EnumerateArray(), h => h.GetProperty("id").GetString()!.Contains("组织处理规定"));

        // Every passage comes from a paragraph (同段) holding both words, or is a single sentence (同句) holding them.
        foreach (var (root, oneSentence) in new[] { (paragraph, false), (sentence, true) })
            foreach (var hit in root.GetProperty("hits").EnumerateArray())
            {
                var passage = hit.GetProperty("passages")[0];
                var text = Tag().Replace(passage.GetProperty("html").GetString()!, "");
                // A paragraph's passage is cut around its best match (an article can be long); a sentence shows whole.
                Assert.True(text.Contains("组织处理") || text.Contains("领导干部"), text);
                if (!oneSentence) continue;
                Assert.Contains("组织处理", text);
                Assert.Contains("领导干部", text);
                Assert.DoesNotMatch("[。！？；].", text);
            }

        // The same as written in the query; an unknown value is no restriction.
        var written = await Api("q=" + Enc("同句:(组织处理 领导干部)"));
        Assert.Equal(sentenceTotal, written.GetProperty("total").GetInt32());
        Assert.Equal(anyTotal, (await Api(q + "&within=everywhere")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_search_form_offers_the_choice_and_keeps_it_in_paging_links()
    {
        var (_, page) = await _client.GetPageAsync("/search?q=" + Enc("领导干部") + "&within=paragraph&size=10");
        var select = page.QuerySelector("form.search-main select#within[name=within]")!;
        Assert.Equal(["不限", "同一句", "同一段"], select.QuerySelectorAll("option").Select(o => o.TextContent.Trim()));
        Assert.Equal(["", "sentence", "paragraph"], select.QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
        Assert.Equal("paragraph", select.QuerySelector("option[selected]")!.GetAttribute("value"));
        Assert.Contains("同一段", page.QuerySelector(".notice")?.TextContent ?? page.Body!.TextContent);
        Assert.All(page.QuerySelectorAll("a[href*='page=']").Select(a => a.GetAttribute("href")!), href => Assert.Contains("within=paragraph", href));

        var (_, plain) = await _client.GetPageAsync("/search?q=" + Enc("领导干部"));
        Assert.Equal("", plain.QuerySelector("select#within option[selected]")!.GetAttribute("value"));
    }
}
