using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The reuse check: POST /api/reuse (shape, offsets into the posted text) and the /reuse page (paste, upload).</summary>
[Collection(PortalCollection.Name)]
public sealed partial class ReusePageTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    // Two sentences of the seed speech (the second with two characters dropped and other punctuation) and new text.
    private const string Seed = "政治谈话是一个长期性的工作,近期省市纪委下发工作提示,明确要求各级党委尽快做好换届后的政治谈话工作。";
    private const string Edited = "开展政治谈话是落实主体责任的重要方式，是加强对党员干部日常教育管理监督、严肃党内政治生活的手段。";
    private const string NewText = "城关镇今年新建的三处口袋公园很受欢迎，傍晚散步的居民比往年多了一倍。";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    [Fact]
    public async Task Api_reuse_answers_the_documented_shape_with_offsets_into_the_posted_text()
    {
        // An emoji (two UTF-16 units), a CRLF and a zero-width space before the sentences: offsets still point at them.
        var posted = "😀 同志们：\r\n\u200B" + Seed + "\r\n" + NewText + Edited;
        var response = await _client.PostAsJsonAsync("/api/reuse", new { text = posted });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var share = root.GetProperty("reused_share").GetDouble();
        Assert.InRange(share, 0.6, 0.8); // two sentences of three (the salutation is short)
        var segments = root.GetProperty("segments").EnumerateArray().ToList();
        Assert.Equal(2, segments.Count);
        Assert.Equal([Seed, Edited], segments.Select(s => s.GetProperty("text").GetString()));
        foreach (var s in segments)
        {
            int start = s.GetProperty("start").GetInt32(), end = s.GetProperty("end").GetInt32();
            Assert.Equal(s.GetProperty("text").GetString(), posted[start..end]);
            var source = s.GetProperty("sources").EnumerateArray().First(x => x.GetProperty("id").GetString() == PortalFactory.SeedId);
            Assert.True(source.GetProperty("paragraph").GetInt32() > 1);
            Assert.InRange(source.GetProperty("similarity").GetDouble(), 0.9, 1.0);
        }
        Assert.Equal(posted.IndexOf(Seed, StringComparison.Ordinal), segments[0].GetProperty("start").GetInt32());
    }

    [Fact]
    public async Task Api_reuse_with_new_text_only_flags_nothing_and_a_bad_body_is_a_400()
    {
        var response = await _client.PostAsJsonAsync("/api/reuse", new { text = NewText });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, json.RootElement.GetProperty("reused_share").GetDouble());
        Assert.Empty(json.RootElement.GetProperty("segments").EnumerateArray());
        var bad = await _client.PostAsync("/api/reuse", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task The_page_checks_a_pasted_draft_and_links_each_reused_sentence_to_its_paragraph()
    {
        var form = await _client.GetStringAsync("/reuse");
        Assert.Contains("<textarea", form);
        Assert.Contains("href=\"/reuse\"", form);
        var token = TokenInput().Match(form).Groups[1].Value;
        Assert.NotEmpty(token);

        var response = await _client.PostAsync("/reuse", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["text"] = "同志们：\n" + Seed + NewText + "\n" + Edited,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'self'", string.Join(" ", response.Headers.GetValues("Content-Security-Policy")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("重复比例", html);
        Assert.Equal(2, Regex.Matches(html, "<mark class=\"reuse-hit\"").Count);
        Assert.Matches("href=\"/documents/speeches/000_5847f394c549e8c0.txt#p-\\d+\"", html);
        Assert.Contains("相似度 100%", html);
        Assert.DoesNotContain("<mark class=\"reuse-hit\" id=\"s-1\">同志们", html);
        Assert.Contains(NewText, html); // shown, not marked
    }

    [Fact]
    public async Task The_page_checks_an_uploaded_word_file_and_refuses_a_post_without_the_token()
    {
        var form = await _client.GetStringAsync("/reuse");
        var token = TokenInput().Match(form).Groups[1].Value;
        const string docx = "speeches/在全县党风廉政建设工作会议上的讲话(2021-03-05).docx";
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(""), "text" },
            { new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(factory.CorpusPath, docx))), "file", "讲话.docx" },
        };
        var html = await (await _client.PostAsync("/reuse", content)).Content.ReadAsStringAsync();
        Assert.Contains("<mark class=\"reuse-hit\"", html);
        Assert.Contains("href=\"/documents/speeches/" + Uri.EscapeDataString("在全县党风廉政建设工作会议上的讲话(2021-03-05).docx"), html);

        var forged = await _client.PostAsync("/reuse", new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = Seed }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}
