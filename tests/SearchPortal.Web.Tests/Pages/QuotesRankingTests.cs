using System.Text.Json;
using SearchPortal.LuceneEngine.Search;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The site over corpus/ plus a speech quoting a leader and an unnamed colleague on 监督 in nearly the same words.</summary>
public sealed class RankingQuoteFactory : PortalFactory
{
    public const string Id = "speeches/引文排序测试.txt";
    public const string Leader = "强化日常监督，防止小错酿成大错，推动全面从严治党向基层延伸。";
    public const string Unnamed = "强化日常监督，防止小错酿成大错。";

    public RankingQuoteFactory()
    {
        File.WriteAllText(Path.Combine(CorpusPath, Id), $"""
            在全县纪检监察干部培训班上的讲话
            （2024年3月5日）

            同志们：
            会上有同志说：“{Unnamed}”这句话说得很实在。
            习近平总书记指出：“{Leader}”我们要认真贯彻落实。
            """);
    }
}

/// <summary>
/// /api/quotes ranks the words of leaders and the classics before unnamed ones of about the same text relevance
/// (a boost by kind, not a filter): the shorter unnamed quotation matches 监督 slightly better by text alone.
/// </summary>
public sealed class QuotesRankingTests(RankingQuoteFactory factory) : IClassFixture<RankingQuoteFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task A_leaders_quotation_ranks_before_an_unnamed_one_and_both_are_listed()
    {
        var json = await _client.GetStringAsync("/api/quotes?q=" + Uri.EscapeDataString("日常监督"));
        var hits = JsonDocument.Parse(json).RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => (Text: h.GetProperty("text").GetString(), Who: h.GetProperty("who").GetString(), Score: h.GetProperty("score").GetSingle()))
            .ToList();
        var leader = hits.FindIndex(h => h.Text == RankingQuoteFactory.Leader);
        var unnamed = hits.FindIndex(h => h.Text == RankingQuoteFactory.Unnamed);
        Assert.True(leader >= 0 && unnamed >= 0, "both quotations are found: " + json);
        Assert.Equal("习近平", hits[leader].Who);
        Assert.Equal("", hits[unnamed].Who);
        Assert.True(leader < unnamed, json);
        // Without the boost the unnamed, shorter one would score higher: the leader's lead comes from the kind only.
        Assert.True(hits[leader].Score / QuoteKindBoost.Factor < hits[unnamed].Score, json);
    }

    [Fact]
    public async Task The_who_facet_shows_canonical_names()
    {
        var json = await _client.GetStringAsync("/api/quotes?q=" + Uri.EscapeDataString("监督"));
        var who = JsonDocument.Parse(json).RootElement.GetProperty("facets").GetProperty("who").EnumerateArray()
            .Select(v => v.GetProperty("value").GetString()).ToList();
        Assert.Contains("习近平", who);
        Assert.DoesNotContain("习近平总书记", who);
    }
}
