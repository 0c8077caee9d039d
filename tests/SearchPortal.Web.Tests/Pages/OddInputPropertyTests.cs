using System.Net;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>
/// Whatever arrives in the URL — random Unicode, control characters, lone surrogates, quotes, operators, field
/// prefixes, huge numbers, unknown facet values, made-up ids — every page and endpoint answers without a server error
/// and without taking the internal-error path: the input is cleaned and clamped, never left to fail.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OddInputPropertyTests(PortalFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    private static readonly string[] Fragments =
    [
        "政治生态", "四风", "谈心谈话", "\"", "\"政治谈话\"", "“", "”", "「", "'", "-", "-巡视", "OR", "AND", "NOT", "|", "*", "?",
        "title:", "标题:", "类型:", "类型:讲话,报告", "type:", "year:", "year:2019..2022", "年份:..2015", "年份:abc..", "level:县",
        "role:", "topic:巡视巡察", "occasion:", "who:", "kind:", "(", ")", "[", "]", "{", "}", "~", "^2", "\\", "/", ":", "：", " ",
        "\u3000", "\t", "\n", "\u0000", "\u0007", "\u001b[31m", "\u200b", "\ufeff", "\uD800", "\uDC00", "\uDBFF\uDFFF", "😀", "𠈓",
        "ａｂｃ", "ＡＰＰ", "&lt;", "<script>", "%", "%00", "+", "&", "=", "#", "..", "../", "风", "a", "123",
    ];

    private static readonly string[] Numbers =
    [
        "", "0", "1", "-1", "2", "7", "10", "37", "50", "51", "1000", "1001", "2147483647", "-2147483648", "2147483648",
        "99999999999999999999", "abc", " 5 ", "1e3", "0x10", "１０", "5.5", "\u0000", "--1",
    ];

    private static Gen<string> Fragmented => Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts));

    /// <summary>UTF-16 code units from the whole range: control characters and unpaired surrogates included.</summary>
    private static Gen<string> CodeUnits => Gen.ListOf(Gen.Choose(0, 0xFFFF).Select(i => (char)i)).Select(cs => new string(cs.ToArray()));

    private static Gen<string> Long => Gen.Choose(200, 3000).SelectMany(n => Gen.Elements(Fragments).Select(f => string.Concat(Enumerable.Repeat(f, n / Math.Max(1, f.Length) + 1))[..n]));

    private static Gen<string> Text => Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""), Fragmented, CodeUnits, Long, Gen.Constant(""));

    private static Gen<string> Number => Gen.OneOf(Gen.Elements(Numbers), Gen.Choose(-5000, 5000).Select(n => n.ToString()), Text);

    private static Gen<string> Sort => Gen.OneOf(Gen.Elements("relevance", "newest", "oldest", "count", "used", ""), Text);

    private static readonly string[] FacetKeys = FacetCatalog.Default.Documents.Select(f => f.UrlKey).ToArray();

    /// <summary>A query string with q, page, size, sort, expand and a few (possibly repeated, possibly unknown) facet values.</summary>
    private static Gen<string> SearchQueryString =>
        from q in Text
        from page in Number
        from size in Number
        from sort in Sort
        from expand in Gen.Elements("", "0", "1", "false", "maybe")
        from facets in Gen.ListOf(Gen.Elements(FacetKeys).SelectMany(k => Text.Select(v => (k, v))))
        select Pairs([("q", q), ("page", page), ("size", size), ("sort", sort), ("expand", expand), .. facets.Take(6)]);

    private static Gen<string> QuoteQueryString =>
        from q in Text
        from who in Gen.OneOf(Text, Gen.Elements("习近平", "习近平总书记", "毛主席", "古人"))
        from kind in Gen.OneOf(Text, Gen.Elements("leader", "classical", "document", "other", "LEADER", " other "))
        from page in Number
        from size in Number
        from sort in Sort
        select Pairs([("q", q), ("who", who), ("kind", kind), ("page", page), ("size", size), ("sort", sort)]);

    /// <summary>
    /// A made-up document id or quotation key, or the seed id: path segments of generated text. Without NUL: the
    /// in-process test client refuses it in a path before sending, and Kestrel answers such a request line with 400
    /// before the site sees it (KestrelLimitsTests checks that over real HTTP).
    /// </summary>
    private static Gen<string> IdPath => Gen.OneOf(
        Gen.Constant(PortalFactory.SeedId),
        Gen.ListOf(Gen.OneOf(Text, Gen.Elements("..", ".", "", "speeches", "etc", "passwd"))).Select(s => string.Join('/', s.Take(5).Select(PathSegment))),
        Text.Select(PathSegment));

    private static string PathSegment(string s) => Encode(s.Replace("\0", ""));

    [Property(MaxTest = 100)]
    public Property Search_page_and_api_answer_any_query_string() =>
        Prop.ForAll(SearchQueryString.ToArbitrary(), qs =>
        {
            Page("/search?" + qs);
            var json = Json("/api/search?" + qs);
            Assert.InRange(json.GetProperty("size").GetInt32(), 1, SearchLimits.Default.MaxPageSize);
            Assert.InRange(json.GetProperty("page").GetInt32(), 1, SearchLimits.Default.MaxPage);
            Assert.True(json.GetProperty("total").GetInt32() >= 0);
        });

    [Property(MaxTest = 100)]
    public Property Quotes_page_and_api_answer_any_query_string() =>
        Prop.ForAll(QuoteQueryString.ToArbitrary(), qs =>
        {
            Page("/quotes?" + qs);
            var json = Json("/api/quotes?" + qs);
            Assert.InRange(json.GetProperty("size").GetInt32(), 1, SearchLimits.Default.MaxPageSize);
            Assert.Equal(JsonValueKind.Array, json.GetProperty("hits").ValueKind);
        });

    [Property(MaxTest = 60)]
    public Property Document_and_quotation_pages_answer_any_id_and_query() =>
        Prop.ForAll(IdPath.ToArbitrary(), Text.ToArbitrary(), (id, q) =>
        {
            Page("/documents/" + id + "?" + Pairs([("q", q)]), allowNotFound: true);
            Answers("/api/documents/" + id, allowNotFound: true);
            Page("/quotes/" + id, allowNotFound: true);
            Answers("/api/quotes/" + id, allowNotFound: true);
        });

    private HttpResponseMessage Get(string url) => _client.GetAsync(url).GetAwaiter().GetResult();

    /// <summary>
    /// Never a server error or the internal-error answer; a JSON endpoint answers JSON (returned), a page a page.
    /// Which one is decided by the path the client actually sent (it resolves raw "../" segments, which may leave /api/).
    /// </summary>
    private JsonElement? Answers(string url, bool allowNotFound = false)
    {
        var response = Get(url);
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        var status = (int)response.StatusCode;
        Assert.True(status == 200 || (allowNotFound && status == 404), $"{Short(url)} → {status}");
        Assert.False(body.Contains("   at "), $"{Short(url)}: a stack trace");
        if (!response.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.False(body.Contains("出了点问题"), $"{Short(url)}: the internal-error page");
            Assert.NotNull(Html.Parse(body).QuerySelector("main#main"));
            return null;
        }
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(body.Contains("系统暂时无法完成"), $"{Short(url)}: the internal-error JSON");
        return JsonDocument.Parse(body).RootElement;   // throws, and so fails, on anything but JSON
    }

    private void Page(string url, bool allowNotFound = false) => Answers(url, allowNotFound);

    private JsonElement Json(string url, bool allowNotFound = false) =>
        Answers(url, allowNotFound) ?? throw new InvalidOperationException(url + " is not a JSON endpoint");

    private static string Short(string url) => url.Length <= 200 ? url : url[..200] + "…";

    private static string Pairs(IEnumerable<(string Key, string Value)> pairs) =>
        string.Join('&', pairs.Select(p => Encode(p.Key) + "=" + Encode(p.Value)));

    /// <summary>
    /// Percent-encodes every UTF-16 code unit as a browser or a raw client would send it; an unpaired surrogate becomes
    /// its three (invalid) UTF-8 bytes, so it reaches the site as such instead of being replaced on the way.
    /// </summary>
    private static string Encode(string s)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(s[i], s[++i]);
            if (cp < 0x80 && (char.IsAsciiLetterOrDigit((char)cp) || "-_.~".Contains((char)cp))) { sb.Append((char)cp); continue; }
            foreach (var b in Utf8(cp)) sb.Append('%').Append(b.ToString("X2"));
        }
        return sb.ToString();
    }

    private static IEnumerable<byte> Utf8(int cp) => cp switch
    {
        < 0x80 => [(byte)cp],
        < 0x800 => [(byte)(0xC0 | cp >> 6), (byte)(0x80 | cp & 0x3F)],
        < 0x10000 => [(byte)(0xE0 | cp >> 12), (byte)(0x80 | cp >> 6 & 0x3F), (byte)(0x80 | cp & 0x3F)],
        _ => [(byte)(0xF0 | cp >> 18), (byte)(0x80 | cp >> 12 & 0x3F), (byte)(0x80 | cp >> 6 & 0x3F), (byte)(0x80 | cp & 0x3F)],
    };
}
